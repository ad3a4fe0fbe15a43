import { devices, expect, test } from "@playwright/test";
import { addDays, localDateOf } from "../lib/analysis/dates";
import { zoneWhereItIsMorning } from "../lib/server/email/test-morning";
import { startTestSmtpServer, testEmailEnv, type TestSmtpServer } from "../lib/server/email/test-smtp";
import { prepareServerDatabase, startServer, type BenchServer } from "../bench/support/server";
import { signUpAndIn } from "./support/fixtures";
import { logRun } from "./support/log-run";

// Issue 14: the morning check by email. This test runs its own production server with email on,
// sending to an SMTP server inside the test, so it can restart it: the worker's periodic check also
// runs as the server starts, which is "when the worker runs" without waiting ten minutes.
const PORT = Number(process.env.E2E_PORT ?? 3210) + 81;
test.describe.configure({ timeout: 240_000 });

let smtp: TestSmtpServer;
let server: BenchServer | undefined;

test.beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
test.afterAll(async () => {
  await server?.stop();
  await smtp.close();
});

async function waitForMail(to: string) {
  await expect.poll(() => smtp.received.filter((mail) => mail.to.includes(to)).length, { timeout: 30_000 }).toBe(1);
  return smtp.received.find((mail) => mail.to.includes(to))!;
}

test("a runner with a painful run yesterday gets the morning email, and one tap on its link raises PAIN_MORNING", async ({ browser }) => {
  const databaseUrl = await prepareServerDatabase("morning-email", async () => {}, "e2e-email");
  const baseUrl = `http://127.0.0.1:${PORT}`;
  const env = { ...testEmailEnv(smtp.port), APP_URL: baseUrl };
  server = await startServer({ port: PORT, databaseUrl, env });

  // A runner for whom it is morning now (07:30 to noon is when the email goes out), opted in.
  const signedIn = await browser.newContext({ baseURL: baseUrl });
  const page = await signedIn.newPage();
  const runner = await signUpAndIn(page);
  const zone = zoneWhereItIsMorning();
  await page.goto("/settings");
  await page.getByLabel("Time zone", { exact: true }).selectOption(zone);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").first()).toBeVisible();
  await page.getByLabel(/^The morning check at 07:30/).check();
  await page.getByRole("button", { name: "Save email settings" }).click();
  await expect(page.getByText("You get the morning check. Every email has a link to stop it.")).toBeVisible();

  // Yesterday, in the runner's own time zone: 8 km with the left knee at 3/10.
  const today = localDateOf(new Date(), zone);
  await logRun(page, { date: addDays(today, -1), km: 8, pain: [{ location: "knee", side: "left", score: 3 }] });

  await server.stop();
  server = await startServer({ port: PORT, databaseUrl, env });
  const mail = await waitForMail(runner.email);
  expect(mail.subject).toBe("Stridewise: how does your left knee feel this morning?");
  const link = new RegExp(`${baseUrl.replace(/[.]/g, "\\.")}/morning-link\\?token=[A-Za-z0-9._-]+`).exec(mail.body)![0];

  // Opened without a session, as from a phone's mail app: the question, and nothing saved yet.
  const anonymous = await browser.newContext({ ...devices["Pixel 5"], baseURL: baseUrl });
  const phone = await anonymous.newPage();
  const opened = await phone.goto(link);
  expect(opened!.status()).toBe(200);
  expect(opened!.headers()["referrer-policy"]).toBe("no-referrer");
  await expect(phone.getByRole("heading", { name: "How does your left knee feel this morning?" })).toBeVisible();
  await expect(phone.getByRole("button", { name: /out of 10$/ })).toHaveCount(11);
  // Big targets: every tap is at least 44 px square, and nothing scrolls sideways.
  for (const button of await phone.getByRole("button").all()) {
    const box = (await button.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
  }
  expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.goto("/pain/new");
  await expect(page.locator("[data-pain-id]")).toHaveCount(0);

  await phone.getByRole("button", { name: "4 out of 10" }).click();
  await expect(phone.getByRole("status")).toHaveText("Saved: your left knee at 4/10 this morning.");
  await expect(phone.getByText("Pain the next morning: left knee")).toBeVisible();
  await expect(phone.getByRole("link", { name: "Sign in to see it in Alerts" })).toHaveAttribute("href", "/alerts");

  // The same link again answers nothing.
  const again = await anonymous.request.post(link, { form: { answer: "2" } });
  expect(again.status()).toBe(409);
  expect(await again.text()).toContain("This question was already answered; nothing was changed.");
  await phone.goto(link);
  await expect(phone.getByRole("heading", { name: "Already answered" })).toBeVisible();

  // Signed in: the dashboard shows the alert, and the answer is rest-day pain like any other.
  await page.goto("/");
  await expect(page.locator('[data-testid=today-alert][data-rule="PAIN_MORNING"]')).toContainText("Pain the next morning: left knee");
  await expect(page.getByRole("region", { name: "Morning check" })).toHaveCount(0);
  await page.goto("/pain/new");
  await expect(page.locator("[data-pain-id]")).toHaveCount(1);
  await expect(page.getByText("Left knee 4/10")).toBeVisible();

  await anonymous.close();
  await signedIn.close();
});
