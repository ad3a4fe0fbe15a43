import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/fixtures";
import { logRun } from "./support/log-run";
import { screenshotsAtWidths } from "./support/screenshots";

// The shoes pages (issue 17): rename a pair and change its retirement distance, its wear bar, the runs
// in it, and how the last eight weeks' running is shared between pairs.

test("a pair is renamed, its retirement distance changed, and its wear and runs shown", async ({ page }, testInfo) => {
  await page.goto("/shoes");
  await page.getByLabel("Name").fill("Pegasus");
  await page.getByLabel("Km so far").fill("380");
  await page.getByRole("button", { name: "Add shoe" }).click();
  await expect(page.getByRole("link", { name: "Pegasus", exact: true })).toBeVisible();
  // Only one pair: the rotation says so.
  await logRun(page, { km: 20 });
  await page.goto("/shoes");
  await expect(page.getByTestId("rotation")).toContainText("Nearly all your running is in one pair");
  await expect(page.getByRole("meter", { name: "Wear of Pegasus" })).toHaveAttribute("aria-valuetext", "400 km of 800 km (50%)");

  await page.getByRole("link", { name: "Pegasus", exact: true }).click();
  await expect(page.getByTestId("shoe-runs")).toContainText("20 km");
  const form = page.getByRole("form", { name: "Change this shoe" });
  await form.getByLabel("Name").fill("Daily trainers");
  await form.getByLabel("Retire at (km)").fill("500");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toContainText("Saved Daily trainers.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Daily trainers");
  await expect(page.getByRole("meter", { name: "Wear of Daily trainers" })).toHaveAttribute("aria-valuetext", "400 km of 500 km (80%)");
  await expect(form.getByLabel("Retire at (km)")).toHaveValue("500");

  await form.getByLabel("Retire at (km)").fill("0");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByText("Retirement distance must be more than 0")).toBeVisible();
  await expect(form.getByLabel("Retire at (km)")).toHaveValue("0");

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await screenshotsAtWidths(page, testInfo, "shoe");
});

test("two pairs in use are counted as a rotation", async ({ page }, testInfo) => {
  await page.goto("/shoes");
  for (const name of ["Road", "Trail"]) {
    await page.getByLabel("Name").fill(name);
    await page.getByRole("button", { name: "Add shoe" }).click();
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveValue("");
  }
  for (const [shoe, km] of [["Road", 10], ["Trail", 6]] as const) {
    await page.goto("/runs/new");
    await page.getByLabel(/^Distance/).fill(String(km));
    await page.getByLabel("Shoe").selectOption({ label: shoe });
    await page.getByRole("button", { name: "Save run" }).click();
    await expect(page.getByRole("heading", { name: "Run saved" })).toBeVisible();
  }
  await page.goto("/shoes");
  const rotation = page.getByTestId("rotation");
  await expect(rotation).toContainText("You run in 2 pairs");
  await expect(rotation).toContainText("63% · 10 km · 1 run");
  await expect(rotation).toContainText("38% · 6 km · 1 run");
  await screenshotsAtWidths(page, testInfo, "shoes");
});
