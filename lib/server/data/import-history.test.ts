// Issue 14: a long history imported at once raises only what holds as of today (this week and last
// week for the weekly rules, the last 7 days for spikes, the pain rules' own windows), never a flood of
// old warnings from years ago. Ten years of running, with a jump, a spike and a pain episode every ten
// weeks, through the real importer and a real SQLite database.
import { describe, expect, it, vi } from "vitest";
import { analyse } from "../../analysis";
import { addDays, localDateOf } from "../../analysis/dates";
import { parseSimpleCsv, toTrainingLog } from "../../log-format";
import { appTestDatabase } from "../app-test-db";
import { createTestUser } from "../test-db";

vi.mock("server-only", () => ({}));

const today = localDateOf(new Date(), "UTC");
const FIRST = addDays(today, -3650);

/** Every other day 8 km; every tenth week two big runs (a jump and a spike) with knee pain of 5. */
function tenYearsCsv(): string {
  const rows = ["date,distance_km,duration,pain,pain_location,pain_side"];
  for (let day = 0; day < 3650; day += 2) {
    const date = addDays(FIRST, day);
    const week = Math.floor(day / 7);
    const hard = week % 10 === 5 && day < 3600;
    rows.push(hard ? `${date},24,2:10:00,5,knee,left` : `${date},8,44:00,,,`);
  }
  // Three days ago, a long run logged late: it is one of the last 7 days, so it must warn.
  rows.push(`${addDays(today, -3)},20,1:50:00,,,`);
  return rows.join("\n");
}

const app = appTestDatabase();

describe("a ten-year import", () => {
  it("raises only the alerts that hold as of today, exactly those of the analyser", async () => {
    const { importFile, finishImport } = await import("./import");
    const user = await createTestUser(app.db, { timezone: "UTC" });
    const owner = { id: user.id, timezone: "UTC", weekStartsOn: "monday", units: "km" };
    const csv = tenYearsCsv();
    const report = await importFile(owner, "history.csv", new TextEncoder().encode(csv), async () => undefined);
    expect(report.status).toBe("imported");
    expect(report.imported).toBe(1826);
    const raised = await finishImport(owner);

    const parsed = parseSimpleCsv(csv);
    if (!parsed.ok) throw new Error(parsed.error);
    const expected = analyse(toTrainingLog(parsed.log), today).alerts;
    // A spike is keyed by its run's id, which the database gives; its date says which run it is.
    const identity = (alert: { rule: string; key: string; data: Record<string, unknown> | string }) => {
      const data = typeof alert.data === "string" ? (JSON.parse(alert.data) as Record<string, unknown>) : alert.data;
      return alert.rule === "SPIKE" ? `SPIKE ${String(data.date)}` : `${alert.rule} ${alert.key}`;
    };
    // Years of old jumps, spikes and knee pain: none of it comes back.
    expect(expected.length).toBeLessThanOrEqual(4);
    expect(expected.map((alert) => alert.rule)).toContain("SPIKE");
    expect(raised.map(identity).sort()).toEqual(expected.map(identity).sort());
    const stored = await app.db.alert.findMany({ where: { userId: user.id } });
    expect(stored.map(identity).sort()).toEqual(expected.map(identity).sort());
    for (const alert of stored) {
      const data = JSON.parse(alert.data) as Record<string, unknown>;
      if (alert.rule === "SPIKE") expect(String(data.date) >= addDays(today, -6)).toBe(true);
      if (alert.rule === "WEEKLY_INCREASE" || alert.rule === "ACWR") expect(alert.key >= addDays(today, -13)).toBe(true);
    }
  }, 60_000);
});
