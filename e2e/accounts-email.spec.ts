import Database from "better-sqlite3";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { prepareServerDatabase, startServer, type BenchServer } from "../bench/support/server";
import { resetBinding, signAccountLink } from "../lib/auth/account-link";
import { databaseFilePath } from "../lib/db-url";
import { startTestSmtpServer, testEmailEnv, type TestSmtpServer } from "../lib/server/email/test-smtp";
import { userCommand } from "./support/accounts";

// Issue 19 on servers of their own: one that sends email through the in-process SMTP test server and
// takes new runners by invitation (SIGNUP=invite), and one with SIGNUP=closed on the same database.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const PORT = Number(process.env.E2E_PORT ?? 3210);
// startServer signs with this secret (bench/support/server.ts); the email config reads it too.
const SERVER_SECRET = "test-only-secret-not-for-production";

let smtp: TestSmtpServer;
let server: BenchServer;
let closed: BenchServer;
let file: string;
const accounts = { owner: { email: "owner@example.org", password: "" }, runner: { email: "runner@example.org", password: "" } };

test.beforeAll(async () => {
  smtp = await startTestSmtpServer();
  const databaseUrl = await prepareServerDatabase("email", async (url) => {
    for (const account of [accounts.owner, accounts.runner]) {
      account.password = /Password: (\S+)/.exec(userCommand(databaseFilePath(url), "create", account.email))![1]!;
    }
  }, "accounts");
  file = databaseFilePath(databaseUrl);
  [server, closed] = await Promise.all([
    startServer({ port: PORT + 1, databaseUrl, env: { ...testEmailEnv(smtp.port), SIGNUP: "invite" } }),
    startServer({ port: PORT + 2, databaseUrl, env: { SIGNUP: "closed" } }),
  ]);
});

test.afterAll(async () => {
  await Promise.all([server?.stop(), closed?.stop()]);
  await smtp?.close();
});

function user(email: string) {
  const sqlite = new Database(file, { readonly: true });
  try {
    return sqlite.prepare("SELECT id, email, sessionVersion FROM User WHERE email = ?").get(email) as
      | { id: string; email: string; sessionVersion: number }
      | undefined;
  } finally {
    sqlite.close();
  }
}

async function signInAt(page: Page, email: string, password: string) {
  await page.goto(`${server.baseUrl}/signin`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/");
}

/** The link in the latest email to `to`, pointed at the test server instead of APP_URL. */
async function linkSentTo(to: string, path: string): Promise<string> {
  const pattern = new RegExp(`https://run\\.example\\.org${path}\\?token=[A-Za-z0-9._-]+`);
  await expect.poll(() => smtp.received.filter((mail) => mail.to.includes(to) && pattern.test(mail.body)).length).toBeGreaterThan(0);
  const mail = smtp.received.filter((m) => m.to.includes(to) && pattern.test(m.body)).at(-1)!;
  expect(mail.header("list-unsubscribe")).toBeUndefined();
  return pattern.exec(mail.body)![0].replace("https://run.example.org", server.baseUrl);
}

async function newPage(browser: Browser) {
  return (await browser.newContext()).newPage();
}

test("a reset link by email works once, expires, and the page says the same for an unknown address", async ({ browser }) => {
  const page = await newPage(browser);
  const ask = async (email: string) => {
    await page.goto(`${server.baseUrl}/forgot-password`);
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    const status = page.getByRole("status");
    await expect(status).toBeVisible();
    return (await status.textContent())!;
  };
  const known = await ask(accounts.runner.email);
  const unknown = await ask("nobody-here@example.org");
  expect(unknown.replace("nobody-here@example.org", accounts.runner.email)).toBe(known);

  const link = await linkSentTo(accounts.runner.email, "/reset-password");
  expect(smtp.received.some((mail) => mail.to.includes("nobody-here@example.org"))).toBe(false);

  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("reset-by-email-2026");
  await page.getByRole("button", { name: "Set new password" }).click();
  await page.waitForURL((url) => url.pathname === "/signin");
  await expect(page.getByRole("status")).toContainText("Your password has been changed");
  await signInAt(page, accounts.runner.email, "reset-by-email-2026");
  accounts.runner.password = "reset-by-email-2026";

  // Once only.
  await page.goto(link);
  await expect(page.getByRole("status")).toContainText("used already");
  await expect(page.getByLabel("New password", { exact: true })).toHaveCount(0);

  // A link signed for the account as it is now, but an hour and a minute old.
  const row = user(accounts.runner.email)!;
  const stale = signAccountLink(SERVER_SECRET, {
    purpose: "reset-password",
    userId: row.id,
    binding: resetBinding(row),
    now: new Date(Date.now() - 61 * 60_000),
  });
  await page.goto(`${server.baseUrl}/reset-password?token=${stale}`);
  await expect(page.getByRole("status")).toContainText("expired");
  // The same link made now works: the refusal above was the expiry, not a bad signature.
  const fresh = signAccountLink(SERVER_SECRET, { purpose: "reset-password", userId: row.id, binding: resetBinding(row) });
  await page.goto(`${server.baseUrl}/reset-password?token=${fresh}`);
  await expect(page.getByLabel("New password", { exact: true })).toBeVisible();
});

test("a new email address is confirmed by the link sent to it", async ({ browser }) => {
  const page = await newPage(browser);
  await signInAt(page, accounts.owner.email, accounts.owner.password);
  await page.goto(`${server.baseUrl}/settings/account`);
  const form = page.getByRole("form", { name: "Change email" });
  await form.getByLabel("New email").fill("owner-new@example.org");
  await form.getByLabel("Current password").fill(accounts.owner.password);
  await form.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(form.getByRole("status")).toContainText("We sent a link to owner-new@example.org");
  expect(user(accounts.owner.email)).toBeDefined();

  const link = await linkSentTo("owner-new@example.org", "/confirm-email");
  const other = await newPage(browser);
  await other.goto(link);
  await other.getByRole("button", { name: "Confirm this address" }).click();
  await expect(other.getByRole("status")).toContainText("Your email is now owner-new@example.org");
  expect(user("owner-new@example.org")).toBeDefined();
  expect(user(accounts.owner.email)).toBeUndefined();
  accounts.owner.email = "owner-new@example.org";
  await other.goto(link);
  await expect(other.getByRole("status")).toContainText("used already");
});

test("an invite works once; without one, and with SIGNUP=closed, the page and the action refuse", async ({ browser }) => {
  const stranger = await newPage(browser);
  await stranger.goto(`${server.baseUrl}/signup`);
  await expect(stranger.getByRole("status")).toContainText("by invitation only");
  await expect(stranger.getByLabel("Password")).toHaveCount(0);

  // The first account on the empty database became the admin.
  const admin = await newPage(browser);
  await signInAt(admin, accounts.owner.email, accounts.owner.password);
  await admin.goto(`${server.baseUrl}/admin`);
  await admin.getByRole("button", { name: "Create invite link" }).click();
  const invite = await admin.getByLabel("Invite link").inputValue();
  const invited = new URL(invite);
  invited.host = new URL(server.baseUrl).host;

  const guest = await newPage(browser);
  await guest.goto(invited.toString());
  await guest.getByLabel("Email").fill("invited@example.org");
  await guest.getByLabel("Password").fill("invited-password-1");
  const action = guest.waitForRequest((request) => Boolean(request.headers()["next-action"]));
  await guest.getByRole("button", { name: "Create account" }).click();
  const actionId = (await action).headers()["next-action"]!;
  await guest.waitForURL((url) => url.pathname === "/");

  const again = await newPage(browser);
  await again.goto(invited.toString());
  await expect(again.getByRole("status")).toContainText("used already or has expired");

  // The sign-up action itself, called the way a hand-made request would.
  const signUp = async (base: string, args: Record<string, string>) => {
    const response = await again.request.post(`${base}/signup`, {
      headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
      data: JSON.stringify([{ password: "hand-made-password", timezone: "UTC", ...args }]),
    });
    return response.text();
  };
  const token = invited.searchParams.get("invite")!;
  expect(await signUp(server.baseUrl, { email: "reuse@example.org", invite: token })).toContain("used already or has expired");
  expect(await signUp(server.baseUrl, { email: "none@example.org" })).toContain("by invitation only");
  expect(await signUp(closed.baseUrl, { email: "closed@example.org", invite: token })).toContain("Sign-up is closed");
  for (const email of ["reuse@example.org", "none@example.org", "closed@example.org"]) expect(user(email)).toBeUndefined();

  await again.goto(`${closed.baseUrl}/signup`);
  await expect(again.getByRole("status")).toContainText("Sign-up is closed on this server");
  await admin.goto(`${server.baseUrl}/admin`);
  await expect(admin.getByTestId("invite-row").first()).toContainText("used");
});
