import { randomBytes } from "node:crypto";
import { appendFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import type { Page } from "@playwright/test";
import { expect, signUpAndIn, test } from "./support/fixtures";
import { logRun } from "./support/log-run";

// Issue 16: import without lifting a finger. The server watches a folder per runner (the e2e server sets
// IMPORT_WATCH_DIR and scans every 0.5 s), takes files on POST /api/v1/imports, and lists every import
// in the Import history, where one can be undone.

/** A GPX run of `km` kilometres due north, starting `daysAgo` days ago at 07:00 UTC. */
function gpxRun(daysAgo: number, km: number): string {
  const start = new Date();
  start.setUTCHours(7, 0, 0, 0);
  const t0 = start.getTime() - daysAgo * 86_400_000;
  const points = Array.from({ length: km * 100 + 1 }, (_, i) => {
    const time = new Date(t0 + i * 3000).toISOString();
    return `<trkpt lat="${(55.6 + (i * 10) / 111_195).toFixed(7)}" lon="12.5"><time>${time}</time></trkpt>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="e2e" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>${points.join("\n")}</trkseg></trk></gpx>\n`;
}

async function watchFolder(page: Page): Promise<string> {
  await page.goto("/settings");
  const folder = (await page.getByTestId("watch-folder-path").textContent())!.trim();
  expect(path.isAbsolute(folder)).toBe(true);
  return folder;
}

async function runCount(page: Page): Promise<number> {
  await page.goto("/runs");
  return page.getByTestId("run-item").count();
}

function historyItem(page: Page, file: string) {
  return page.getByTestId("import-history-item").filter({ hasText: file });
}

async function createToken(page: Page): Promise<string> {
  await page.goto("/settings");
  await page.getByLabel("Token name").fill("Phone shortcut");
  await page.getByRole("button", { name: "Create token" }).click();
  return page.getByLabel("Your new token").inputValue();
}

test("a file dropped in the runner's watch folder shows in the runs and the import history without a click", async ({ page }) => {
  const folder = await watchFolder(page);
  mkdirSync(path.join(folder, "Garmin"), { recursive: true });
  writeFileSync(path.join(folder, "Garmin", "morning-run.gpx"), gpxRun(1, 3));
  await expect.poll(() => runCount(page), { timeout: 20_000 }).toBe(1);
  await expect(page.getByTestId("run-item")).toContainText("3 km");
  await page.goto("/import/history");
  await expect(historyItem(page, "Garmin/morning-run.gpx")).toContainText("Watched folder");
  await expect(historyItem(page, "Garmin/morning-run.gpx").getByTestId("import-history-outcome")).toHaveText("1 run imported");
  // Read, never deleted.
  expect(readdirSync(path.join(folder, "Garmin"))).toEqual(["morning-run.gpx"]);
});

test("a half-written file (written in two steps) is imported once, complete", async ({ page }) => {
  const folder = await watchFolder(page);
  const gpx = gpxRun(2, 4);
  const file = path.join(folder, "slow-copy.gpx");
  writeFileSync(file, gpx.slice(0, gpx.length / 2));
  // Several scans see it cut short and unchanged; none imports it.
  await page.waitForTimeout(3000);
  expect(await runCount(page)).toBe(0);
  appendFileSync(file, gpx.slice(gpx.length / 2));
  await expect.poll(() => runCount(page), { timeout: 20_000 }).toBe(1);
  await expect(page.getByTestId("run-item")).toContainText("4 km");
  await page.goto("/import/history");
  await expect(historyItem(page, "slow-copy.gpx")).toHaveCount(1);
  await expect(historyItem(page, "slow-copy.gpx").getByTestId("import-history-outcome")).toHaveText("1 run imported");
});

test("the API upload of a zip answers with its report, and undo removes exactly what the import added", async ({ page, request }) => {
  // A run logged by hand, which the undo must leave alone.
  await logRun(page, { km: 5 });
  expect(await runCount(page)).toBe(1);

  const token = await createToken(page);
  const zip = Buffer.from(zipSync({ "week/tuesday.gpx": strToU8(gpxRun(3, 6)), "week/thursday.gpx": strToU8(gpxRun(5, 8)), "readme.txt": strToU8("hi") }));
  const response = await request.post("/api/v1/imports", {
    headers: { Authorization: `Bearer ${token}` },
    multipart: { file: { name: "week.zip", mimeType: "application/zip", buffer: zip } },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { importId: string; report: Record<string, unknown>; newAlerts: unknown[] };
  expect(body.report).toMatchObject({ file: "week.zip", status: "imported", imported: 2, duplicates: 0, failed: 0 });
  expect(body.newAlerts).toEqual(expect.any(Array));
  expect(await runCount(page)).toBe(3);

  // The same zip again: nothing new, and the history shows both uploads.
  const again = await request.post("/api/v1/imports?name=week.zip", { headers: { Authorization: `Bearer ${token}` }, data: zip });
  expect(((await again.json()) as { report: Record<string, unknown> }).report).toMatchObject({ status: "nothing-new", imported: 0, duplicates: 2 });

  await page.goto("/import/history");
  const uploads = historyItem(page, "week.zip");
  await expect(uploads).toHaveCount(2);
  await expect(uploads.first()).toContainText("API upload");
  const imported = uploads.filter({ hasText: "2 runs imported" });
  await imported.getByRole("button", { name: "Undo the import of week.zip" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.getByRole("status")).toHaveText("Import undone: 2 runs deleted.");
  await expect(imported.getByTestId("import-history-undone")).toBeVisible();
  await expect(imported.getByRole("button", { name: "Undo the import of week.zip" })).toHaveCount(0);

  await page.goto("/runs");
  await expect(page.getByTestId("run-item")).toHaveCount(1);
  await expect(page.getByTestId("run-item")).toContainText("5 km");
});

test("the API refuses an upload without a token, and answers 422 with the report for a file it cannot read", async ({ page, request }) => {
  expect((await request.post("/api/v1/imports?name=run.gpx", { data: Buffer.from(gpxRun(1, 2)) })).status()).toBe(401);
  const token = await createToken(page);
  const broken = await request.post("/api/v1/imports?name=broken.fit", { headers: { Authorization: `Bearer ${token}` }, data: Buffer.from("not a fit file at all") });
  expect(broken.status()).toBe(422);
  expect(((await broken.json()) as { report: Record<string, unknown> }).report).toMatchObject({ file: "broken.fit", status: "failed", imported: 0 });
});

test("an import from the Import page is in the history too", async ({ page }) => {
  await page.goto("/import");
  await page.getByLabel("Choose files, or drop them here").setInputFiles([{ name: "page-run.gpx", mimeType: "application/gpx+xml", buffer: Buffer.from(gpxRun(1, 2)) }]);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("import-status")).toContainText("Import finished", { timeout: 30_000 });
  await page.getByRole("link", { name: "Import history" }).click();
  await expect(historyItem(page, "page-run.gpx")).toContainText("Import page");
  await expect(historyItem(page, "page-run.gpx").getByTestId("import-history-outcome")).toHaveText("1 run imported");
});

test("undo with another runner's import id changes nothing of theirs", async ({ page, browser, request }) => {
  const upload = async (token: string, name: string, gpx: string) => {
    const response = await request.post(`/api/v1/imports?name=${name}`, { headers: { Authorization: `Bearer ${token}` }, data: Buffer.from(gpx) });
    expect(response.status()).toBe(200);
    return ((await response.json()) as { importId: string }).importId;
  };
  const victimImport = await upload(await createToken(page), "victim.gpx", gpxRun(1, 3));
  expect(await runCount(page)).toBe(1);

  // The attacker learns the undo action's id on an import of their own, then sends it the victim's id.
  const attacker = await (await browser.newContext()).newPage();
  await signUpAndIn(attacker);
  const attackerToken = await createToken(attacker);
  await upload(attackerToken, "mine.gpx", gpxRun(1, 2));
  const second = await upload(attackerToken, "mine-too.gpx", gpxRun(2, 2));
  await attacker.goto("/import/history");
  await historyItem(attacker, "mine.gpx").getByRole("button", { name: "Undo the import of mine.gpx" }).click();
  const seen = attacker.waitForRequest((sent) => Boolean(sent.headers()["next-action"]));
  await attacker.getByRole("button", { name: "Yes, delete it" }).click();
  const actionId = (await seen).headers()["next-action"]!;
  const call = (importId: string) =>
    attacker.request.post("/import/history", {
      headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
      data: JSON.stringify([importId]),
    });
  expect((await call(victimImport)).status()).toBeLessThan(500);
  expect(await runCount(page)).toBe(1);
  await page.goto("/import/history");
  await expect(historyItem(page, "victim.gpx").getByTestId("import-history-undone")).toHaveCount(0);

  // The same call with the attacker's own id does undo, so the call above reached the action.
  expect((await call(second)).status()).toBeLessThan(500);
  expect(await runCount(attacker)).toBe(0);
});

test("the API takes a zip larger than one Import page upload part in one request", async ({ page, request }) => {
  const token = await createToken(page);
  // 12 MB of incompressible padding beside the run: more than the 8 MB parts the Import page sends.
  const zip = Buffer.from(zipSync({ "run.gpx": strToU8(gpxRun(1, 3)), "padding.bin": new Uint8Array(randomBytes(12 * 1024 * 1024)) }, { level: 0 }));
  expect(zip.length).toBeGreaterThan(12 * 1024 * 1024);
  const response = await request.post("/api/v1/imports?name=big.zip", { headers: { Authorization: `Bearer ${token}` }, data: zip });
  expect(response.status()).toBe(200);
  expect(((await response.json()) as { report: Record<string, unknown> }).report).toMatchObject({ status: "imported", imported: 1 });
});
