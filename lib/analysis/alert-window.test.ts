import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alertWindowStart, trimForAlerts } from "./alert-window";
import { analyse } from "./analyse";
import { addDays, fromEpochDay, toEpochDay } from "./dates";
import { runArb } from "./test-arbitraries";
import { dailyTrainingLog, pain, painDay, run, runSeries, shoe, trainingLog } from "./test-builders";
import { PAIN_SIDES, type PainEntry, type TrainingLog } from "./types";

const FIRST_DAY = toEpochDay("2023-01-02");
const SPAN_DAYS = 500;

// Runs in bursts with long breaks between them, so that the previous run of a return, the first run and
// old shoe distance are often far outside the last five weeks.
const dayArb = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 60 }), weight: 1 },
  { arbitrary: fc.integer({ min: 200, max: 260 }), weight: 1 },
  { arbitrary: fc.integer({ min: 380, max: SPAN_DAYS }), weight: 3 },
);
const dateArb = dayArb.map((offset) => fromEpochDay(FIRST_DAY + offset));

const painArb: fc.Arbitrary<PainEntry> = fc
  .record({ side: fc.constantFrom(...PAIN_SIDES), score: fc.integer({ min: 0, max: 10 }), flag: fc.boolean() })
  .map(({ side, score, flag }) => pain("knee", side, score, { swelling: flag && score > 6 }));

const logArb: fc.Arbitrary<TrainingLog> = fc
  .record({
    weekStartsOn: fc.constantFrom("monday" as const, "sunday" as const),
    runs: fc.array(
      runArb({ date: dateArb, pain: painArb, shoeIds: ["s1", "s2"], maxMetres: 40_000 }),
      { maxLength: 90, size: "max" },
    ),
    painDays: fc.array(fc.tuple(dateArb, painArb).map(([date, entry]) => painDay(date, entry)), { maxLength: 6 }),
    shoeStarts: fc.tuple(fc.integer({ min: -5, max: 900 }), fc.integer({ min: 0, max: 700 })),
    retired: fc.boolean(),
  })
  .map(({ weekStartsOn, runs, painDays, shoeStarts, retired }) =>
    trainingLog({
      weekStartsOn,
      runs: runs.map((candidate, i) => ({ ...candidate, id: `r${String(i).padStart(3, "0")}` })),
      painDays,
      shoes: [shoe("s1", { startKm: shoeStarts[0] + 0.25, retireKm: 850 }), shoe("s2", { startKm: shoeStarts[1], retired })],
    }),
  );

const asOfArb = fc.integer({ min: 0, max: SPAN_DAYS + 20 }).map((offset) => fromEpochDay(FIRST_DAY + offset));

describe("the alert window", () => {
  it("gives exactly the alerts of the whole log, for any log and any day", () => {
    fc.assert(
      fc.property(logArb, asOfArb, (log, asOf) => {
        expect(analyse(trimForAlerts(log, asOf), asOf).alerts).toEqual(analyse(log, asOf).alerts);
      }),
      { numRuns: 400 },
    );
  });

  it("reads only the last 41 days when there is no earlier run that a return could follow", () => {
    // Last week's weekly rules reach the start of week k0-5: T-41 when T is the last day of its week.
    expect(alertWindowStart("2026-11-25", null)).toBe("2026-10-15");
    // A run 14 days ago could be a return's previous run: its 28 days are needed too.
    expect(alertWindowStart("2026-11-25", "2026-11-11")).toBe("2026-10-15");
    expect(alertWindowStart("2026-11-25", "2026-11-10")).toBe("2026-10-14");
    expect(alertWindowStart("2026-11-25", "2025-03-01")).toBe("2025-02-02");
  });

  it("keeps a return's previous run and its four weeks, however long the break was", () => {
    const before = runSeries("2025-01-01", Array<number>(16).fill(10), 3);
    const comeback = [run("2026-11-20", 12), run("2026-11-22", 12)];
    const log = trainingLog({ runs: [...before, ...comeback] });
    const trimmed = trimForAlerts(log, "2026-11-25");
    expect(trimmed.runs.map((r) => r.date)).toEqual([
      "2025-01-01", // H, the first run
      ...before.slice(-10).map((r) => r.date), // P-27 .. P (2025-01-19 .. 2025-02-15)
      "2026-11-20",
      "2026-11-22",
    ]);
    const [returning] = analyse(trimmed, "2026-11-25").alerts.filter((alert) => alert.rule === "RETURN");
    expect(returning).toMatchObject({ severity: "warning", data: { previousWeeklyKm: 25 } });
  });

  it("counts every old run in a shoe's distance, and none twice", () => {
    const log = trainingLog({
      runs: runSeries("2024-06-03", Array<number>(80).fill(10), 2, { shoeId: "old" }),
      shoes: [shoe("old", { startKm: 5 })],
    });
    log.runs.push(run("2026-11-24", 6, { shoeId: "old" }));
    const trimmed = trimForAlerts(log, "2026-11-25");
    // H, then P-27 .. P (the last 14 runs of 2024), then the new run; the first run's shoe is dropped
    // because its 10 km are already in the shoe's starting distance with the other 65 old runs.
    expect(trimmed.runs).toHaveLength(16);
    expect(trimmed.runs[0]!.shoeId).toBeNull();
    expect(trimmed.shoes[0]!.startKm).toBe(5 + 66 * 10);
    const [worn] = analyse(trimmed, "2026-11-25").alerts;
    expect(worn).toMatchObject({ rule: "SHOE", severity: "warning", data: { km: 811 } });
  });

  it("holds for ten years of daily runs on every day of a week", () => {
    const log = dailyTrainingLog({ from: "2016-11-01", days: 3650, seed: 8 });
    for (let offset = 0; offset < 7; offset++) {
      const asOf = addDays("2026-10-01", offset);
      const trimmed = trimForAlerts(log, asOf);
      // Daily runs: one at T-14 could be a return's P, so the window is its 28 days and the 14 after.
      expect(trimmed.runs).toHaveLength(43);
      expect(analyse(trimmed, asOf).alerts).toEqual(analyse(log, asOf).alerts);
    }
  });

  it.each(["monday", "sunday"] as const)(
    "holds with a jump last week on every weekday of T, reading week k0-5 back to its first day (weeks start %s)",
    (weekStartsOn) => {
      // Mondays: this week starts 2026-11-30, last week 2026-11-23, week k0-5 2026-10-26. A year of 20 km
      // Wednesdays, 20 km more on k0-5's Monday (so last week's baseline R is 40 km, read from T-41 when
      // T is Sunday), and last week's Saturday long run of 16 km, logged late.
      const steady = runSeries("2025-11-26", Array<number>(53).fill(20), 7);
      const log = trainingLog({
        weekStartsOn,
        runs: [run("2024-06-01", 5), ...steady, run("2026-10-26", 20), run("2026-11-28", 16)],
      });
      for (let offset = 0; offset < 7; offset++) {
        const asOf = addDays("2026-11-30", offset);
        const alerts = analyse(log, asOf).alerts;
        expect(analyse(trimForAlerts(log, asOf), asOf).alerts).toEqual(alerts);
        if (weekStartsOn === "monday") {
          const weekly = alerts.filter((alert) => alert.rule === "WEEKLY_INCREASE" || alert.rule === "ACWR");
          expect(weekly.map((alert) => [alert.rule, alert.key])).toEqual([["ACWR", "2026-11-23"]]);
        }
      }
    },
  );
});
