import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { appToday, logRun } from "./support/log-run";

// Issue 21: an imported run opens on its own page, with what its file recorded.

const FIXTURES = path.join(process.cwd(), "lib", "import", "fixtures");
const fixture = (dir: string, name: string) => ({ name, mimeType: "application/octet-stream", buffer: readFileSync(path.join(FIXTURES, dir, name)) });

async function importAndOpen(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, date: RegExp) {
  await page.goto("/import");
  await page.getByLabel("Choose files, or drop them here").setInputFiles([file]);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("import-status")).toContainText("Import finished", { timeout: 30_000 });
  await page.goto("/runs");
  await page.getByTestId("run-item").getByRole("link", { name: date }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(date);
}

async function download(page: Page, link: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test("a FIT run's page: route, splits, elevation, heart rate, and the original and GPX downloads", async ({ page }, testInfo) => {
  const fit = fixture("python-fitparse", "activity-small-fenix2-run.fit");
  await importAndOpen(page, fit, /15 Aug 2015/);

  await expect(page.getByTestId("run-route").locator("path")).not.toHaveCount(0);
  await expect(page.getByTestId("total-distance")).toContainText("9.01 km");
  // 9 km: nine whole kilometres and what is left over.
  await expect(page.getByTestId("split")).toHaveCount(10);
  await expect(page.getByTestId("elevation-profile")).toBeVisible();
  await expect(page.getByTestId("heart-rate-chart")).toBeVisible();
  await expect(page.getByTestId("total-descent")).toContainText(" m");

  const original = await download(page, "Download the original file");
  expect(original.name).toBe("activity-small-fenix2-run.fit");
  expect(original.bytes.equals(fit.buffer)).toBe(true);

  const gpx = await download(page, "Download GPX");
  expect(gpx.name).toMatch(/\.gpx$/);
  const text = gpx.bytes.toString("utf8");
  expect(text).toContain("<gpx version=\"1.1\"");
  expect(text.match(/<trkpt /g)!.length).toBeGreaterThan(1000);
  expect(text).toContain("<gpxtpx:hr>");

  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath(`run-page-${width}.png`), fullPage: true });
  }
});

test("a GPX run's page: route, splits and elevation", async ({ page }) => {
  await importAndOpen(page, fixture("gpxpy", "korita-zbevnica.gpx"), /3 Oct 2010/);
  await expect(page.getByTestId("run-route").locator("path")).not.toHaveCount(0);
  await expect(page.getByTestId("split")).toHaveCount(15);
  await expect(page.getByTestId("elevation-profile")).toBeVisible();
  await expect(page.getByTestId("heart-rate-chart")).toHaveCount(0);
  const gpx = await download(page, "Download GPX");
  expect(gpx.bytes.toString("utf8")).toContain("<ele>");
  await expect(page.getByRole("link", { name: "Edit" })).toHaveAttribute("href", /\/runs\/.+\/edit$/);
});

test("a run logged by hand has a page too, with what there is: totals and its pain", async ({ page }) => {
  const today = await appToday(page);
  await logRun(page, { date: today, km: 6, duration: "33:00", pain: [{ location: "knee", side: "left", score: 3 }] });
  await page.goto("/runs");
  await page.getByTestId("run-item").getByRole("link").first().click();
  await expect(page.getByTestId("total-distance")).toContainText("6 km");
  await expect(page.getByTestId("no-track")).toBeVisible();
  await expect(page.getByTestId("run-route")).toHaveCount(0);
  await expect(page.getByTestId("run-pain")).toContainText("3/10");
  await expect(page.getByRole("link", { name: "Download GPX" })).toHaveCount(0);
});

test("Settings: the highest heart rate gives the chart zones; the privacy zone trims the route and the GPX, not the raw one", async ({ page }) => {
  await page.goto("/settings");
  const section = page.getByRole("form", { name: "Run page settings" });
  await section.getByLabel("Highest heart rate (bpm), for the heart-rate zones").fill("190");
  // Round the GPX fixture's first point.
  await section.getByLabel("Latitude").fill("45.3806");
  await section.getByLabel("Longitude").fill("14.14449");
  await section.getByLabel("Radius (m)").fill("300");
  await section.getByRole("button", { name: "Save run page settings" }).click();
  await expect(section.getByRole("status")).toContainText("Zones from 190 bpm. Routes hide 300 m");

  await importAndOpen(page, fixture("gpxpy", "korita-zbevnica.gpx"), /3 Oct 2010/);
  await expect(page.getByText("inside your privacy zone are not drawn")).toBeVisible();
  const trimmed = (await download(page, "Download GPX")).bytes.toString("utf8").match(/<trkpt /g)!.length;
  const runUrl = new URL(page.url());
  const raw = await page.request.get(`${runUrl.pathname}/file/gpx?raw=1`);
  const all = (await raw.text()).match(/<trkpt /g)!.length;
  expect(trimmed).toBeLessThan(all);

  await importAndOpen(page, fixture("python-fitparse", "activity-small-fenix2-run.fit"), /15 Aug 2015/);
  await expect(page.getByText("Zones from your highest heart rate, 190 bpm")).toBeVisible();
});
