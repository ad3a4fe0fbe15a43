import { weekLabelOf } from "../lib/analysis/week-label";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { appToday, logRun, shiftDate } from "./support/log-run";
import { screenshotsAtWidths } from "./support/screenshots";

// A week without runs has its review (issue 17): a new runner's first week, and a quiet week between
// two runs. A week far outside the log stays a 404 (review.spec.ts checks the malformed labels).

/** One week back, waiting for it to open before the next step. */
async function back(page: Page) {
  const before = page.url();
  await page.getByRole("link", { name: "← Previous week" }).click();
  await expect(page).not.toHaveURL(before);
}

test("a new runner's week, and a past week without runs, open their review with no runs", async ({ page }, testInfo) => {
  const first = await page.goto("/review");
  expect(first?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Week of");
  await expect(page.getByRole("region", { name: "Runs" })).toContainText("No runs this week.");
  await expect(page.getByRole("region", { name: "What this week raised" })).toContainText("No alerts");

  const today = await appToday(page);
  await logRun(page, { date: shiftDate(today, -21), km: 6 });
  await logRun(page, { date: today, km: 5 });
  await page.goto("/review");
  await back(page);
  await expect(page.getByRole("region", { name: "Runs" })).toContainText("No runs this week.");
  await expect(page.getByTestId("review-totals")).toContainText("0 km");

  // The first run's week has no way further back, but a week before it still opens by its address.
  for (let i = 0; i < 2; i++) await back(page);
  await expect(page.getByTestId("review-runs")).toContainText("6");
  await expect(page.getByRole("link", { name: "← Previous week" })).toHaveCount(0);
  const before = await page.goto(`/review/${weekLabelOf(shiftDate(today, -35), "monday")}`);
  expect(before?.status()).toBe(200);
  await expect(page.getByRole("region", { name: "Runs" })).toContainText("No runs this week.");
  await expect(page.getByRole("link", { name: "Next week →" })).toBeVisible();
  await screenshotsAtWidths(page, testInfo, "review-empty-week");
});
