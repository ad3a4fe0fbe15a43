import { expect, test } from "./support/fixtures";
import { appToday, logRun, shiftDate } from "./support/log-run";

test("the alert centre: a spike and recurring knee pain, acknowledged, and closed after an edit", async ({ page }) => {
  const today = await appToday(page);
  const knee = { location: "knee", side: "left", score: 4 };

  await logRun(page, { date: shiftDate(today, -20), km: 10, duration: "55:00" });
  await logRun(page, { date: shiftDate(today, -10), km: 8, duration: "44:00", pain: [knee] });
  await logRun(page, { date: shiftDate(today, -6), km: 8, duration: "44:00", pain: [{ ...knee, score: 3 }] });
  await expect(page.getByText("raised")).toHaveCount(0);

  // Today's 14 km is 40% longer than the 10 km longest of the previous 30 days, with knee pain again.
  await logRun(page, { date: today, km: 14, duration: "1:20:00", pain: [knee] });
  await expect(page.getByRole("heading", { name: "This run raised 2 alerts" })).toBeVisible();
  await expect(page.getByText("14 km is 40% longer than your longest run of the 30 days before it, 10 km")).toBeVisible();
  await expect(page.getByText(/left knee/i).first()).toBeVisible();

  await expect(page.getByTestId("alert-count")).toHaveText("2");
  await page.getByRole("link", { name: /^Alerts/ }).click();
  const spike = page.getByTestId("alert-card").filter({ has: page.getByRole("heading", { name: "Long-run spike" }) });
  const recur = page.locator('[data-testid="alert-card"][data-rule="PAIN_RECUR"]');
  await expect(spike).toContainText("40% longer");
  await expect(recur).toContainText("3 of your last 4 runs");
  // Each alert comes with the first sentence of its advice, linked to the advice library.
  await expect(spike.getByRole("link", { name: "Lengthen your long run in small steps" })).toHaveAttribute("href", "/advice#advice-long-run-steps");
  await expect(spike).toContainText("Keep every run within about 10% of the longest run");
  await expect(recur.getByRole("link", { name: "A plan for knee pain" })).toHaveAttribute("href", "/advice#advice-knee");
  await expect(page.getByText("not a medical diagnosis")).toBeVisible();

  await spike.getByRole("button", { name: "Acknowledge Long-run spike" }).click();
  await expect(page.getByRole("heading", { name: "Open (1)" })).toBeVisible();
  // The focus lands on the open alerts' new count, not back at the top of the page.
  await expect(page.getByRole("heading", { name: "Open (1)" })).toBeFocused();
  await expect(page.getByRole("heading", { name: "Acknowledged (1)" })).toBeVisible();
  await expect(page.getByTestId("alert-count")).toHaveText("1");

  // Without the pain on the run of six days ago, the knee pain is on 2 of 4 runs: no longer recurring.
  await page.goto("/runs");
  await page.getByRole("link", { name: /Edit the run/ }).nth(1).click();
  await page.getByRole("button", { name: "Remove pain 1" }).click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: "Changes saved" })).toBeVisible();

  await page.goto("/alerts");
  await expect(page.getByRole("heading", { name: "Open (0)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No longer holding (1)" })).toBeVisible();
  await expect(page.locator('[data-testid="alert-card"][data-rule="PAIN_RECUR"]')).toBeVisible();
  // The acknowledged spike stays acknowledged: its numbers did not get worse.
  await expect(page.getByRole("heading", { name: "Acknowledged (1)" })).toBeVisible();
  await expect(page.getByTestId("alert-count")).toHaveCount(0);
});
