import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { strToU8, zipSync } from "fflate";
import type { Page } from "@playwright/test";
import { expect, signUpAndIn, test } from "./support/fixtures";

// Issue 5: import from watches and Strava, export everything, and a lossless round trip.

const FIXTURES = path.join(process.cwd(), "lib", "import", "fixtures", "python-fitparse");
const fitFile = (name: string) => ({ name, mimeType: "application/octet-stream", buffer: readFileSync(path.join(FIXTURES, name)) });

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** Strava's export format for a UTC instant: "Nov 3, 2024, 6:12:45 AM". */
function stravaDate(date: Date): string {
  const hour = date.getUTCHours() % 12 || 12;
  const time = `${hour}:${String(date.getUTCMinutes()).padStart(2, "0")}:00 ${date.getUTCHours() < 12 ? "AM" : "PM"}`;
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}, ${time}`;
}

/**
 * A Strava export with five weeks of 8 km runs ending in a 15 km run today (a long-run spike), a ride,
 * and one run whose distance is only in its gzipped GPX file.
 */
function stravaExport(): Buffer {
  const noon = new Date();
  noon.setUTCHours(11, 0, 0, 0);
  const daysAgo = (days: number) => new Date(noon.getTime() - days * 86_400_000);
  const header = "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Activity Gear,Filename,Elapsed Time,Moving Time,Distance";
  const rows = [34, 31, 27, 24, 20, 17, 13, 10, 6].map((days, i) => `${100 + i},"${stravaDate(daysAgo(days))}",Easy run,Run,2880,8.00,Pegasus 40,,2880.0,2850.0,8000.0`);
  rows.push(`200,"${stravaDate(daysAgo(0))}",Long one,Run,5400,15.00,Pegasus 40,,5400.0,5350.0,15000.0`);
  rows.push(`201,"${stravaDate(daysAgo(2))}",Commute,Ride,1800,12.00,Old bike,,1800.0,1700.0,12000.0`);
  // Distance left empty in the CSV: it comes from the activity's own file.
  const start = daysAgo(3);
  const points = Array.from({ length: 301 }, (_, i) => {
    const time = new Date(start.getTime() + i * 4000).toISOString();
    return `<trkpt lat="${55.6 + (i * 10) / 111_195}" lon="12.5"><time>${time}</time></trkpt>`;
  });
  const gpx = `<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>${points.join("")}</trkseg></trk></gpx>`;
  rows.push(`202,"${stravaDate(start)}",Recovery,Run,1200,,Pegasus 40,activities/202.gpx.gz,1200.0,,`);
  return Buffer.from(
    zipSync({ "activities.csv": strToU8([header, ...rows].join("\n")), "activities/202.gpx.gz": gzipSync(gpx) }),
  );
}

async function importFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.goto("/import");
  await page.getByLabel("Choose files, or drop them here").setInputFiles(files);
  await page.getByRole("button", { name: files.length > 1 ? `Import ${files.length} files` : "Import" }).click();
  await expect(page.getByTestId("import-status")).toContainText("Import finished", { timeout: 30_000 });
}

function fileStatus(page: Page, name: string) {
  return page.getByTestId("import-file").filter({ hasText: name }).getByTestId("import-file-status");
}

async function download(page: Page, link: string): Promise<string> {
  await page.goto("/settings");
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  return readFileSync((await file.path())!, "utf8");
}

test("imports several files with progress and a report, then shows the runs and the alerts they raised", async ({ page }) => {
  await importFiles(page, [
    { name: "export_1234.zip", mimeType: "application/zip", buffer: stravaExport() },
    fitFile("garmin-fenix-5-run.fit"),
    fitFile("garmin-fenix-5-bike.fit"),
    fitFile("activity-unexpected-eof.fit"),
  ]);

  await expect(page.getByRole("progressbar", { name: "Import progress" })).toHaveAttribute("value", "4");
  await expect(fileStatus(page, "export_1234.zip")).toHaveText("11 runs imported, 1 non-run activity skipped");
  await expect(fileStatus(page, "garmin-fenix-5-run.fit")).toHaveText("1 run imported");
  await expect(fileStatus(page, "garmin-fenix-5-bike.fit")).toHaveText("1 non-run activity skipped");
  await expect(fileStatus(page, "activity-unexpected-eof.fit")).toHaveText(
    "Failed, nothing imported: FIT file is cut short: 768 of its 771 bytes are there (an interrupted download or copy?)",
  );
  await expect(page.getByTestId("import-file").filter({ hasText: "export_1234.zip" })).toContainText("New shoes: Pegasus 40");
  await expect(page.getByTestId("import-status")).toHaveText(
    "Import finished: 12 runs imported, 0 duplicates skipped, 2 non-runs skipped, 1 file failed.",
  );
  await expect(page.getByTestId("import-alert").filter({ hasText: "Long-run spike" })).toBeVisible();

  await page.getByRole("link", { name: "See your runs" }).click();
  await expect(page.getByTestId("run-item")).toHaveCount(12);
  await expect(page.getByTestId("run-item").filter({ hasText: "15 km" })).toHaveCount(1);
  // The run whose distance was only in its GPX file: 300 steps of 10 m.
  await expect(page.getByTestId("run-item").filter({ hasText: "3 km" })).toHaveCount(1);
  await page.goto("/shoes");
  await expect(page.getByTestId("shoe-row").filter({ hasText: "Pegasus 40" })).toBeVisible();
  await page.goto("/alerts");
  await expect(page.getByRole("heading", { name: "Long-run spike" })).toBeVisible();

  // The same export again changes nothing.
  await importFiles(page, [{ name: "export_1234.zip", mimeType: "application/zip", buffer: stravaExport() }]);
  await expect(fileStatus(page, "export_1234.zip")).toHaveText("11 duplicates skipped, 1 non-run activity skipped");
  await page.goto("/runs");
  await expect(page.getByTestId("run-item")).toHaveCount(12);
});

test("a Strava export larger than one upload part arrives whole", async ({ page }) => {
  // 11 MB of incompressible media: over the 10 MB Next keeps of a body through the proxy, so it must go in parts.
  const csv = ["Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Elapsed Time,Distance", `1,"${stravaDate(new Date())}",Run,Run,1800,5.00,1800.0,5000.0`];
  const zip = zipSync({ "activities.csv": strToU8(csv.join("\n")), "media/video.mp4": randomBytes(11 * 1024 * 1024) }, { level: 0 });
  await importFiles(page, [{ name: "big-export.zip", mimeType: "application/zip", buffer: Buffer.from(zip) }]);
  await expect(fileStatus(page, "big-export.zip")).toHaveText("1 run imported");

  // Sent in one request, it is refused for its size (not read cut short, as a corrupt zip).
  const whole = await page.request.post("/import/file?name=big-export.zip", { data: Buffer.from(zip), headers: { "x-stridewise-import": "1" } });
  expect(whole.status()).toBe(413);
  expect(await whole.json()).toEqual({ error: "The request is larger than one upload part (8 MB): send the file in parts." });
});

/** The document without what an import may change: generated ids and the export time. */
function comparable(text: string) {
  const log = JSON.parse(text) as { exportedAt?: string; shoes: { id: string; name: string }[]; runs: { id: string; shoeId?: string }[] };
  const names = new Map(log.shoes.map((shoe) => [shoe.id, shoe.name]));
  return {
    ...log,
    exportedAt: undefined,
    shoes: log.shoes.map((shoe) => ({ ...shoe, id: undefined })),
    runs: log.runs.map((run) => ({ ...run, id: undefined, shoeId: run.shoeId ? names.get(run.shoeId) : undefined })),
  };
}

test("exports JSON and CSV, and the JSON imported into a new account exports the same", async ({ page }) => {
  // Runs with pain, a rest-day pain entry, shoes, a run logged by hand and one from a watch.
  await page.goto("/runs/new");
  await page.getByLabel("Distance (km)").fill("7.5");
  await page.getByLabel("Duration").fill("40:00");
  await page.getByRole("button", { name: "Add pain" }).click();
  const pain = page.getByRole("group", { name: "Pain 1" });
  await pain.getByLabel("Where").selectOption("shin");
  await pain.getByLabel("Side").selectOption("right");
  await pain.getByLabel("Pain 3 of 10").check({ force: true });
  await pain.getByLabel("Swelling").check();
  await page.getByLabel("Notes").fill('Track, "hot", windy');
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page.getByRole("heading", { name: "Run saved" })).toBeVisible();
  await importFiles(page, [{ name: "export.zip", mimeType: "application/zip", buffer: stravaExport() }, fitFile("activity-small-fenix2-run.fit")]);

  const json = await download(page, "Download JSON");
  const csv = await download(page, "Download CSV");
  const exported = JSON.parse(json) as { format: string; runs: unknown[]; shoes: unknown[] };
  expect(exported).toMatchObject({ format: "stridewise-log", version: 1 });
  expect(exported.runs).toHaveLength(13);
  const csvLines = csv.trim().split("\r\n");
  expect(csvLines[0]).toBe("date,distance_km,duration,rpe,pain,pain_location,pain_side,shoe,notes,start,type,pain_all");
  expect(csvLines).toHaveLength(14);
  expect(csv).toContain('"Track, ""hot"", windy"');
  expect(csv).toContain("right shin 3/10 during (swelling)");

  // A brand-new account, the JSON imported into it, and exported again.
  await page.context().clearCookies();
  await signUpAndIn(page);
  await importFiles(page, [{ name: "stridewise-log.json", mimeType: "application/json", buffer: Buffer.from(json) }]);
  await expect(fileStatus(page, "stridewise-log.json")).toHaveText("13 runs imported");
  expect(comparable(await download(page, "Download JSON"))).toEqual(comparable(json));

  // Importing it a second time adds nothing.
  await importFiles(page, [{ name: "stridewise-log.json", mimeType: "application/json", buffer: Buffer.from(json) }]);
  await expect(fileStatus(page, "stridewise-log.json")).toHaveText("13 duplicates skipped");
});

test("the export downloads need a session", async ({ page }) => {
  await page.context().clearCookies();
  for (const format of ["json", "csv"]) {
    const response = await page.request.get(`/settings/export/${format}`, { maxRedirects: 0 });
    // The proxy sends a visitor without a session cookie to sign in; a bad session gets 401.
    expect([307, 401]).toContain(response.status());
  }
  const response = await page.request.post("/import/file?name=a.gpx", { data: "<gpx/>", maxRedirects: 0 });
  expect([307, 401]).toContain(response.status());
});
