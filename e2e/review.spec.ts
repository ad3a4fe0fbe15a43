import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./support/fixtures";
import { screenshotsAtWidths } from "./support/screenshots";

// Reads the shared demo athlete only: today's 17 km long run is a spike over a 30-day longest of 12 km,
// the left knee has hurt for more than two weeks, and three weeks ago the weekly distance jumped.

test.beforeEach(async ({ page }) => {
  await signIn(page, DEMO);
});

test("the review of the spike week shows its numbers, alerts, advice and what to do next week", async ({ page }, testInfo) => {
  await page.getByRole("link", { name: "Review this week" }).click();
  await expect(page).toHaveURL(/\/review\/\d{4}-W\d{2}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Week of");

  await expect(page.getByTestId("review-totals")).toContainText("17 km");
  await expect(page.getByTestId("review-totals")).toContainText("the longest of the 30 days before it was 12 km");
  await expect(page.getByTestId("review-runs")).toContainText("Left knee");
  // The week day by day against the range planned for it, with its numbers as a table.
  const days = page.getByRole("figure", { name: "Day by day" });
  await expect(days.locator("svg[role=img]")).toBeVisible();
  await expect(days.locator("figcaption")).toContainText(/17 km|planned for it/);
  await expect(days.locator("tbody tr")).toHaveCount(7);
  // The pain table scrolls inside its own box, which the keyboard can reach.
  const painTable = page.getByRole("region", { name: "Pain by place, week by week" });
  await expect(painTable).toHaveAttribute("tabindex", "0");

  const raised = page.getByRole("region", { name: "What this week raised" });
  await expect(raised.locator('[data-rule="SPIKE"]')).toContainText("42% longer than your longest run of the 30 days before it, 12 km");
  await expect(raised.locator('[data-rule="PAIN_PERSIST"]')).toBeVisible();
  // The advice is named and linked to the library, where it is written out once, not repeated here.
  const toDo = page.getByRole("region", { name: "What to do" });
  await expect(toDo.getByRole("heading", { name: "Lengthen your long run in small steps" })).toBeVisible();
  await expect(toDo.getByRole("link", { name: "Lengthen your long run in small steps" })).toHaveAttribute("href", "/advice#advice-long-run-steps");
  await expect(page.getByTestId("advice-card")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Pain by location" })).toContainText("Left knee");
  // Beside the knee plan (limit downhill running): the week's descent; the demo's runs were logged by hand.
  await expect(page.getByTestId("week-descent")).toContainText("none of its runs recorded heights");

  // Pain that has lasted more than two weeks: reduce, not build, with the signs that need a professional.
  const next = page.getByTestId("next-week");
  await expect(next).toContainText("Reduce for now");
  await expect(next).toContainText("longest run up to");
  await expect(next.getByTestId("see-a-professional")).toContainText("lasted more than two weeks");

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await screenshotsAtWidths(page, testInfo, "review");
});

test("previous and next week navigation reaches the week the distance jumped", async ({ page }) => {
  await page.goto("/review");
  const current = page.url();
  await expect(page.getByRole("link", { name: "Next week →" })).toHaveCount(0);
  const step = async (name: string) => {
    const before = page.url();
    await page.getByRole("link", { name }).click();
    await expect(page).not.toHaveURL(before);
  };
  for (let i = 0; i < 3; i++) await step("← Previous week");
  const raised = page.getByRole("region", { name: "What this week raised" });
  await expect(raised.locator('[data-rule="WEEKLY_INCREASE"]')).toContainText("Weekly distance jump");
  // A past week shows the range it left for the week after, beside what was run.
  await expect(page.getByTestId("next-week")).toContainText("The week after");
  await expect(page.getByTestId("next-week")).toContainText("You ran");

  for (let i = 0; i < 3; i++) await step("Next week →");
  await expect(page).toHaveURL(current);
});

test("an address that is not a week of the log is not found", async ({ page }) => {
  for (const label of ["2026-W60", "2026-W00", "last-week", "2099-W01", "2001-W10"]) {
    const response = await page.goto(`/review/${label}`);
    expect(response?.status(), label).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
});
