import { expect, test } from "./support/fixtures";

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

test("the run form works on a 375 px wide phone without sideways scrolling", async ({ page }, testInfo) => {
  await page.goto("/runs/new");
  await expect(page.getByLabel("Distance (km)")).toHaveAttribute("inputmode", "decimal");
  await expect(page.getByLabel("Duration")).toHaveAttribute("inputmode", "numeric");
  await page.getByLabel("Distance (km)").fill("7,5");
  await page.getByLabel("Duration").fill("4000");
  await expect(page.getByText("Pace 5:20 /km")).toBeVisible();
  await page.getByRole("button", { name: "Add pain" }).click();
  await page.getByLabel("Pain 3 of 10").check({ force: true });

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await page.getByRole("button", { name: "Save run" }).boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await page.screenshot({ path: testInfo.outputPath("run-form-375.png"), fullPage: true });

  await page.getByRole("button", { name: "Save run" }).tap();
  await expect(page.getByRole("heading", { name: "Run saved" })).toBeVisible();
});
