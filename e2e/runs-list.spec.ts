import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { appToday, shiftDate } from "./support/log-run";
import { screenshotsAtWidths } from "./support/screenshots";

// The runs list (issue 17): filter by type and month, search the notes, totals for the filter, and the
// month calendar (a dot per day run, sized by distance, coloured by pain, named in words).

async function saveRun(page: Page, run: { date: string; km: number; duration?: string; type?: string; notes?: string; pain?: number }) {
  await page.goto("/runs/new");
  await page.getByLabel("Date").fill(run.date);
  await page.getByLabel(/^Distance/).fill(String(run.km));
  if (run.duration) await page.getByLabel("Duration").fill(run.duration);
  if (run.type) await page.getByLabel("Type").selectOption(run.type);
  if (run.notes) await page.getByLabel("Notes").fill(run.notes);
  if (run.pain !== undefined) {
    await page.getByRole("button", { name: "Add pain" }).click();
    const group = page.getByRole("group", { name: "Pain 1" });
    await group.getByLabel("Where").selectOption("knee");
    await group.getByLabel("Side").selectOption("left");
    await group.getByLabel(`Pain ${run.pain} of 10`).check({ force: true });
  }
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page.getByRole("heading", { name: "Run saved" })).toBeVisible();
}

test("the runs list filters by type and month, searches notes, totals the filter and draws the month", async ({ page }, testInfo) => {
  const today = await appToday(page);
  const month = today.slice(0, 7);
  // Two runs in last month on different days, one today, whatever today's date.
  const lastMonth = shiftDate(`${month}-01`, -3).slice(0, 7);
  const [longDay, shortDay] = [shiftDate(`${month}-01`, -3), shiftDate(`${month}-01`, -5)];
  await saveRun(page, { date: longDay, km: 16, type: "long", notes: "Hill repeats on the ridge", pain: 5 });
  await saveRun(page, { date: shortDay, km: 5, duration: "30:00", notes: "easy shakeout" });
  await saveRun(page, { date: today, km: 8, type: "long", notes: "hills again" });

  await page.goto("/runs");
  await expect(page.getByTestId("run-totals")).toHaveText("All runs: 3 runs · 29 km · 30:00 for the one run with a time");

  const filters = page.getByRole("search", { name: "Filter runs" });
  await filters.getByLabel("Type").selectOption("long");
  await filters.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/type=long/);
  await expect(page.getByTestId("run-totals")).toHaveText("Matching: 2 runs · 24 km");
  await expect(page.getByTestId("run-item")).toHaveCount(2);

  await filters.getByLabel("Month").fill(month);
  await filters.getByRole("button", { name: "Show" }).click();
  await expect(page.getByTestId("run-totals")).toHaveText("Matching: 1 run · 8 km");

  // Searching the notes is case-blind; the address carries the filter, checked on the server.
  await page.goto("/runs?q=HILL");
  await expect(page.getByTestId("run-totals")).toHaveText("Matching: 2 runs · 24 km");
  await page.goto("/runs?type=sprint&month=2026-13");
  await expect(page.getByText("Left out of the filter, as it was not valid: type, month.")).toBeVisible();
  await expect(page.getByTestId("run-totals")).toContainText("All runs: 3 runs");
  await page.goto("/runs?q=nothing-like-this");
  await expect(page.getByText("No runs match this filter.")).toBeVisible();

  // This month's calendar has today's run; last month's has two days, named in words, the longer larger.
  await page.goto("/runs");
  const calendar = page.getByTestId("month-calendar");
  await expect(calendar.getByRole("table")).toBeVisible();
  await expect(calendar.getByRole("link", { name: /: 8 km$/ })).toBeVisible();
  await calendar.getByRole("link", { name: "Previous month" }).click();
  await expect(page).toHaveURL(new RegExp(`month=${lastMonth}`));
  await expect(calendar.getByRole("link", { name: /: 16 km, pain 5\/10$/ })).toBeVisible();
  await expect(calendar.getByRole("link", { name: /: 5 km$/ })).toBeVisible();
  const long = calendar.locator(`td[data-date="${longDay}"] .calendar-dot`);
  const short = calendar.locator(`td[data-date="${shortDay}"] .calendar-dot`);
  await expect(long).toHaveClass(/pain-moderate/);
  await expect(short).toHaveClass(/pain-none/);
  expect((await long.boundingBox())!.width).toBeGreaterThan((await short.boundingBox())!.width);

  await page.goto("/runs");
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await screenshotsAtWidths(page, testInfo, "runs");
});
