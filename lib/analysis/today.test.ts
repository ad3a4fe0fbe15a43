import { describe, expect, it } from "vitest";
import { addDays } from "./dates";
import { planNextWeek } from "./next-week";
import { alertsFor, run, trainingLog } from "./test-builders";
import { planToday } from "./today";
import type { AnalysedRun } from "./types";

const MONDAY = "2025-01-06";

/** Runs on Monday, Wednesday and Saturday of each week, the Saturday one the long run. */
function weeks(count: number, easyKm: number, longKm: number): AnalysedRun[] {
  return Array.from({ length: count }, (_, week) => [
    run(addDays(MONDAY, 7 * week), easyKm),
    run(addDays(MONDAY, 7 * week + 2), easyKm),
    run(addDays(MONDAY, 7 * week + 5), longKm),
  ]).flat();
}

describe("planToday", () => {
  it("caps today's run 10% over the 30-day longest, and SPIKE agrees at the cap", () => {
    const log = trainingLog({ runs: weeks(4, 8, 12) });
    const today = addDays(MONDAY, 28);
    const plan = planToday(log, today);
    expect(plan).toMatchObject({ longest30Km: 12, longRunCeilingKm: 13.2, todayKm: 0 });
    // A run at the ceiling raises nothing, 100 m more does.
    expect(alertsFor(trainingLog({ runs: [...log.runs, run(today, 13.2)] }), today, "SPIKE")).toEqual([]);
    expect(alertsFor(trainingLog({ runs: [...log.runs, run(today, 13.3)] }), today, "SPIKE")).toHaveLength(1);
  });

  it("on a short base the 1 km guard is the cap, not 10%", () => {
    const log = trainingLog({ runs: weeks(3, 3, 5) });
    const today = addDays(MONDAY, 21);
    expect(planToday(log, today).longRunCeilingKm).toBe(5.9);
    expect(alertsFor(trainingLog({ runs: [...log.runs, run(today, 5.99)] }), today, "SPIKE")).toEqual([]);
    expect(alertsFor(trainingLog({ runs: [...log.runs, run(today, 6)] }), today, "SPIKE")).toHaveLength(1);
  });

  it("compares with the runs before today, not today's own run", () => {
    const today = addDays(MONDAY, 28);
    const plan = planToday(trainingLog({ runs: [...weeks(4, 8, 12), run(today, 17)] }), today);
    expect(plan).toMatchObject({ longest30Km: 12, longRunCeilingKm: 13.2, todayKm: 17 });
  });

  it("takes this week's range from the plan made at the end of last week, minus what is run so far", () => {
    const wednesday = addDays(MONDAY, 28 + 2);
    const log = trainingLog({ runs: [...weeks(4, 9, 12), run(addDays(MONDAY, 28), 10)] });
    const lastWeeksPlan = planNextWeek(log, addDays(MONDAY, 27));
    expect(lastWeeksPlan.weeklyKm).toEqual({ low: 24, high: 39 });
    expect(planToday(log, wednesday).week).toEqual({ mode: "build", lowKm: 24, highKm: 39, soFarKm: 10, leftKm: 29 });
  });

  it("has nothing to compare with before the first run", () => {
    expect(planToday(trainingLog(), MONDAY)).toEqual({ longest30Km: null, longRunCeilingKm: null, todayKm: 0, week: null });
  });
});
