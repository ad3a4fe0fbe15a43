import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/fixtures";
import { appToday, shiftDate } from "./support/log-run";

// The same log, analysed twice: by `npm run analyse` on the file, and by the app after importing it.
// Both must raise the same alerts (run ids differ between the file and the database, so a spike is
// compared by its rule and severity; pain and week keys are the same in both).
test("the analyse command and the app give the same alerts for the same log", async ({ page }, testInfo) => {
  const today = await appToday(page);
  const knee = (score: number) => [{ location: "knee", side: "left", score, timing: "after" }];
  const runs = [-40, -36, -33, -29, -26, -22, -19, -15, -12, -8, -5, -1, 0].map((offset, i) => ({
    id: `r${i}`,
    date: shiftDate(today, offset),
    distanceKm: offset === 0 ? 17 : offset % 7 === 0 ? 12 : 7,
    durationSec: 2400,
    shoeId: "pegasus",
    pain: offset >= -22 && offset % 2 !== 0 ? knee(4) : offset === 0 ? knee(5) : [],
  }));
  const log = {
    format: "stridewise-log",
    version: 1,
    athlete: { timezone: "UTC", weekStartsOn: "monday", units: "km" },
    shoes: [{ id: "pegasus", name: "Pegasus 40", startKm: 690 }],
    runs,
    painDays: [{ date: shiftDate(today, -3), location: "knee", side: "left", score: 3, timing: "next_morning" }],
  };
  const file = testInfo.outputPath("log.json");
  writeFileSync(file, JSON.stringify(log));

  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const output = execFileSync(tsx, ["scripts/analyse.ts", file, "--as-of", today, "--json"], { encoding: "utf8" });
  const fromCommand = (JSON.parse(output) as { alerts: { rule: string; severity: string; key: string }[] }).alerts;
  expect(fromCommand.map((a) => a.rule)).toEqual(expect.arrayContaining(["SPIKE", "PAIN_PERSIST", "SHOE"]));

  await page.goto("/import");
  await page.getByLabel("Choose files, or drop them here").setInputFiles([{ name: "log.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(log)) }]);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("import-status")).toContainText("Import finished", { timeout: 30_000 });

  await page.goto("/alerts");
  const cards = page.locator('section[aria-labelledby="open-alerts"] [data-testid="alert-card"]');
  await expect(cards).toHaveCount(fromCommand.length);
  const fromApp = await cards.evaluateAll((nodes) =>
    nodes.map((node) => ({ rule: node.getAttribute("data-rule"), severity: node.getAttribute("data-severity"), key: node.getAttribute("data-key") })),
  );
  const comparable = (alerts: { rule: string | null; severity: string | null; key: string | null }[]) =>
    alerts
      .map(({ rule, severity, key }) => `${rule} ${severity} ${rule === "SPIKE" || rule === "RETURN" || rule === "SHOE" ? "" : key}`)
      .sort();
  expect(comparable(fromApp)).toEqual(comparable(fromCommand));
});
