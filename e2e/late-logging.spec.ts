// Issue 14: the weekend's long run logged days later still warns, and the morning after a painful run
// the dashboard asks how it feels. On a phone, as runners log.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { appToday, logRun, shiftDate } from "./support/log-run";

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const weekdayIndex = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();

type Plan = { weekStartsOn: "monday" | "sunday"; lastWeekStart: string; longRunDate: string };

/**
 * Where last week's long run goes so that it is still one of the last 7 days: the Saturday of last week
 * from Monday to Friday (the Tuesday catch-up of the story), last week's Sunday on a Saturday, and, on a
 * Sunday, yesterday's Saturday in a Sunday-start week (a Monday-start week would put it 7 days back).
 */
function planFor(today: string): Plan {
  const day = weekdayIndex(today);
  if (day === 0) return { weekStartsOn: "sunday", lastWeekStart: shiftDate(today, -7), longRunDate: shiftDate(today, -1) };
  const thisWeekStart = shiftDate(today, -(day - 1));
  const lastWeekStart = shiftDate(thisWeekStart, -7);
  return { weekStartsOn: "monday", lastWeekStart, longRunDate: shiftDate(lastWeekStart, day === 6 ? 6 : 5) };
}

/** Four steady weeks of 6 + 6 + 7.5 km before last week, and last week's three usual runs, as the simple CSV. */
function steadyWeeksCsv(plan: Plan): string {
  const rows = ["date,distance_km,duration"];
  for (let week = -4; week <= 0; week++) {
    const start = shiftDate(plan.lastWeekStart, 7 * week);
    rows.push(`${start},6,33:00`, `${shiftDate(start, 2)},6,33:00`, `${shiftDate(start, 4)},7.5,42:00`);
  }
  return rows.join("\n");
}

async function setUp(page: Page): Promise<{ today: string; plan: Plan }> {
  const today = await appToday(page);
  const plan = planFor(today);
  if (plan.weekStartsOn === "sunday") {
    await page.goto("/settings");
    await page.getByLabel("Weeks start on").selectOption("sunday");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved")).toBeVisible();
  }
  await importFile(page, { name: "history.csv", mimeType: "text/csv", buffer: Buffer.from(steadyWeeksCsv(plan)) });
  await expect(page.getByText("The imported runs raised no alerts.")).toBeVisible();
  return { today, plan };
}

async function importFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto("/import");
  await page.getByLabel("Choose files, or drop them here").setInputFiles([file]);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("import-status")).toContainText("Import finished", { timeout: 30_000 });
}

/** A 16 km GPX track (about 145 points 111 m apart, northwards) starting at 08:00 UTC on `date`. */
function longRunGpx(date: string): Buffer {
  const points: string[] = [];
  const start = Date.parse(`${date}T08:00:00Z`);
  for (let i = 0; i <= 144; i++) {
    const time = new Date(start + i * 33_000).toISOString();
    points.push(`<trkpt lat="${(46 + i * 0.001).toFixed(6)}" lon="14.5"><time>${time}</time></trkpt>`);
  }
  const gpx = `<?xml version="1.0"?><gpx version="1.1" creator="e2e" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Long run</name><type>running</type><trkseg>${points.join("")}</trkseg></trk></gpx>`;
  return Buffer.from(gpx);
}

async function expectLateAlertsInAlertCentre(page: Page) {
  await page.goto("/alerts");
  await expect(page.locator('[data-testid="alert-card"][data-rule="SPIKE"]')).toContainText("2.1 times");
  await expect(page.getByRole("heading", { name: "Last week's distance jump" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sharp rise in load last week" })).toBeVisible();
}

test("Saturday's long run logged days later raises the spike and last week's jump", async ({ page }) => {
  const { plan } = await setUp(page);
  const weekday = WEEKDAYS[weekdayIndex(plan.longRunDate)];

  await logRun(page, { date: plan.longRunDate, km: 16, duration: "1:36:00" });
  // Focus goes to the confirmation, which the status region (already on the page) announces.
  await expect(page.getByRole("heading", { name: "Run saved" })).toBeFocused();
  await expect(page.getByTestId("save-status")).toHaveText("Run saved. It raised 3 alerts.");
  await expect(page.getByRole("heading", { name: "This run raised 3 alerts" })).toBeVisible();
  await expect(page.getByText(`${weekday}'s 16 km is 2.1 times your longest run of the 30 days before it, 7.5 km.`)).toBeVisible();
  await expect(page.getByText(/^Last week \(.+\) was 82% above your biggest week of the four before it: 35\.5 km, 16 km more than 19\.5 km\./)).toBeVisible();
  await expect(page.getByText(/^Last week \(.+\), 35\.5 km, was 1\.8 times your average of the three weeks before it, 19\.5 km\./)).toBeVisible();
  await expect(page.getByRole("link", { name: "See the advice for them in Alerts" })).toBeVisible();

  await expectLateAlertsInAlertCentre(page);
});

test("the same long run imported as a GPX file says what it raised on the import report", async ({ page }) => {
  const { plan } = await setUp(page);
  await importFile(page, { name: "long-run.gpx", mimeType: "application/gpx+xml", buffer: longRunGpx(plan.longRunDate) });
  const raised = page.getByTestId("import-alert");
  await expect(raised).toHaveCount(3);
  await expect(raised.filter({ hasText: "Long-run spike" })).toContainText("2.1 times your longest run of the 30 days before it, 7.5 km");
  await expect(raised.filter({ hasText: "Last week's distance jump" })).toContainText("above your biggest week of the four before it");
  await expect(page.getByRole("link", { name: "See the advice in Alerts" })).toBeVisible();

  await expectLateAlertsInAlertCentre(page);
});

test("the morning after a painful run the dashboard asks, and one tap answers", async ({ page }) => {
  const today = await appToday(page);
  await logRun(page, { date: shiftDate(today, -8), km: 6, duration: "33:00" });
  await logRun(page, { date: shiftDate(today, -1), km: 6, duration: "33:00", pain: [{ location: "knee", side: "left", score: 3 }] });

  await page.goto("/");
  const card = page.getByRole("region", { name: "Morning check" });
  const question = card.getByRole("group", { name: /How does your left knee feel this morning\?/ });
  await expect(question).toContainText("Yesterday's run hurt there.");
  const four = question.getByRole("button", { name: "4 out of 10" });
  const box = await four.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  expect(box!.width).toBeGreaterThanOrEqual(24);
  await four.tap();

  await expect(card.getByRole("status")).toHaveText("Saved: your left knee at 4/10 this morning.");
  await expect(card.getByRole("status")).toBeFocused();
  await expect(card.getByRole("heading", { name: "This answer raised an alert" })).toBeVisible();
  await expect(card.getByText("Your left knee hurt at 4/10 in the morning")).toBeVisible();
  await expect(question).toHaveCount(0);

  // Asked once: after a reload the question is gone, and the answer is a rest-day entry like any other.
  await page.reload();
  await expect(page.getByRole("group", { name: /How does your left knee feel/ })).toHaveCount(0);
  await page.goto("/alerts");
  await expect(page.locator('[data-testid="alert-card"][data-rule="PAIN_MORNING"]')).toContainText("Pain the next morning: left knee");
  await page.goto("/pain/new");
  await expect(page.getByText(/left knee.*4\/10/i).first()).toBeVisible();

  // The weekly review shows the morning score beside the run's. On a phone its table scrolls sideways,
  // so the scrolling box must be reachable from the keyboard.
  await page.goto("/");
  await page.getByRole("link", { name: "Review this week" }).click();
  const table = page.getByRole("region", { name: "Pain by place, week by week" });
  const row = table.getByRole("row", { name: /Left knee/ });
  await expect(row).toContainText(/morning 4\/10/);
  // A Tab stop of its own: Tab from the last link before it lands on the table's box.
  await table.focus();
  await expect(table).toBeFocused();
});

test("Skip and No pain end the question without a warning", async ({ page }) => {
  const today = await appToday(page);
  await logRun(page, {
    date: shiftDate(today, -1),
    km: 6,
    duration: "33:00",
    pain: [
      { location: "knee", side: "left", score: 2 },
      { location: "achilles", side: "right", score: 1 },
    ],
  });
  await page.goto("/");
  const card = page.getByRole("region", { name: "Morning check" });
  await card.getByRole("group", { name: /left knee/ }).getByRole("button", { name: "No pain" }).click();
  await expect(card.getByRole("status")).toContainText("Saved: no pain in your left knee this morning.");
  await card.getByRole("group", { name: /right Achilles/ }).getByRole("button", { name: "Skip" }).click();
  await expect(card.getByRole("status")).toContainText("Skipped the question about your right Achilles.");
  await page.reload();
  await expect(page.getByRole("region", { name: "Morning check" })).toHaveCount(0);
  await page.goto("/alerts");
  await expect(page.locator('[data-testid="alert-card"][data-rule="PAIN_MORNING"]')).toHaveCount(0);
});

test("a run far outside the runner's range is questioned before it is saved", async ({ page }) => {
  const today = await appToday(page);
  await logRun(page, { date: shiftDate(today, -3), km: 12, duration: "1:05:00" });
  await page.goto("/runs/new");
  await page.getByLabel(/^Distance/).fill("500");
  await page.getByRole("button", { name: "Save run" }).click();
  const question = page.locator("#run-form-question");
  await expect(question).toContainText("Is 500 km right? That is 41.6 times your longest run of the 30 days before it (12 km).");
  await expect(question).toBeFocused();
  await page.getByRole("button", { name: "Let me fix it" }).click();
  await expect(page.getByLabel(/^Distance/)).toBeFocused();
  await page.getByLabel(/^Distance/).fill("50");
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(question).toContainText("Is 50 km right?");
  await page.getByRole("button", { name: "Yes, save it" }).click();
  await expect(page.getByRole("heading", { name: "Run saved" })).toBeVisible();
  await page.goto("/runs");
  await expect(page.getByText("50 km").first()).toBeVisible();
  await expect(page.getByText("500 km")).toHaveCount(0);
});
