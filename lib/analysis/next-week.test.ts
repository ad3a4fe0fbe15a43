import { describe, expect, it } from "vitest";
import { buildDemoLog } from "../demo/demo-log";
import { addDays } from "./dates";
import { acwrLimit, planNextWeek, weeklyIncreaseLimit } from "./next-week";
import { alertsFor, pain, run, runSeries, trainingLog } from "./test-builders";
import type { AnalysedRun, Severity } from "./types";

const MONDAY = "2025-01-06";

/** Three runs a week (Mon, Wed, Sat) of the given weekly km split evenly, from MONDAY. */
function weeksOf(kms: number[], options: { pain?: (week: number) => ReturnType<typeof pain>[] } = {}): AnalysedRun[] {
  return kms.flatMap((km, week) =>
    [0, 2, 5].map((day) =>
      run(addDays(MONDAY, 7 * week + day), Math.round((km / 3) * 1000) / 1000, { pain: options.pain?.(week) ?? [] }),
    ),
  );
}

/** Sunday of week `week` (0-based): the last day of it, so the plan is not provisional. */
const sundayOf = (week: number) => addDays(MONDAY, 7 * week + 6);

function severities(kms: number[], rule: "WEEKLY_INCREASE" | "ACWR"): Severity[] {
  const log = trainingLog({ runs: runSeries(MONDAY, kms, 7) });
  return alertsFor(log, addDays(MONDAY, 7 * (kms.length - 1)), rule).map((alert) => alert.severity);
}

describe("the weekly limits agree with the rules they come from", () => {
  it.each([5, 10, 19.9, 20, 20.1, 33.3, 47.77, 80])("WEEKLY_INCREASE with R = %s km", (km) => {
    const limit = weeklyIncreaseLimit(Math.round(km * 1000))!;
    const base = [km, km, km, km];
    // One metre under the limit never warns; one metre over does (info is allowed).
    expect(severities([...base, limit / 1000], "WEEKLY_INCREASE")).not.toContain("warning");
    expect(severities([...base, (limit + 1) / 1000], "WEEKLY_INCREASE")).toContain("warning");
  });

  it.each([1, 5, 11.9, 12, 12.1, 25.55, 60])("ACWR with C = %s km", (km) => {
    const sum = 3 * Math.round(km * 1000);
    const limit = acwrLimit(sum)!;
    const base = [km, km, km, km];
    expect(severities([...base, limit / 1000], "ACWR")).toEqual([]);
    expect(severities([...base, (limit + 1) / 1000], "ACWR")).toEqual(["warning"]);
  });

  it("skip where the rules skip", () => {
    expect(weeklyIncreaseLimit(0)).toBeNull();
    expect(acwrLimit(2999)).toBeNull();
  });
});

describe("planNextWeek", () => {
  it("lets a steady runner build up to what the rules allow, and the long run by 10%", () => {
    // Four weeks of 30 km, longest run 10 km: +30% is 39 km; ACWR allows up to 45 km.
    const plan = planNextWeek(trainingLog({ runs: weeksOf([30, 30, 30, 30]) }), sundayOf(3));
    expect(plan).toMatchObject({
      weekStart: "2025-02-03",
      provisional: false,
      mode: "build",
      basis: "rules",
      weeklyKm: { low: 24, high: 39 },
      increaseLimitKm: 39,
      acwrLimitKm: 44.9,
      baselineKm: 30,
      chronicKm: 30,
      longestBaseKm: 10,
      longestRunKm: 11,
      painKeys: [],
      advice: ["gradual-progression", "long-run-steps"],
    });
  });

  it("takes the tighter of the two rules: after a low stretch, ACWR binds", () => {
    // R = 42 (three weeks before this one) allows 54.6; C = mean(21, 21, 21) allows just under 31.5.
    const plan = planNextWeek(trainingLog({ runs: weeksOf([42, 42, 21, 21, 21]) }), sundayOf(4));
    expect(plan).toMatchObject({ increaseLimitKm: 54.6, acwrLimitKm: 31.4, weeklyKm: { high: 31.4 } });
  });

  it("holds with recurring pain and lists the signs that need a professional", () => {
    // Knee pain 4/10 on the last three runs (one week: a recurrence, not yet persistent).
    const runs = weeksOf([30, 30, 30, 30], { pain: (week) => (week === 3 ? [pain("knee", "left", 4)] : []) });
    const plan = planNextWeek(trainingLog({ runs }), sundayOf(3));
    expect(plan).toMatchObject({ mode: "hold", weeklyKm: { low: 24, high: 30 }, longestRunKm: 10, painKeys: ["knee_left"] });
    expect(plan.advice).toEqual(["pain-monitoring", "knee", "see-a-professional"]);
  });

  it("reduces when a pain alert is high (pain for more than two weeks)", () => {
    const runs = weeksOf([30, 30, 30, 30], { pain: (week) => (week >= 1 ? [pain("knee", "left", 4)] : []) });
    const plan = planNextWeek(trainingLog({ runs }), sundayOf(3));
    expect(plan).toMatchObject({ mode: "reduce", weeklyKm: { low: 15, high: 24 }, longestRunKm: 8 });
    expect(plan.advice).toContain("see-a-professional");
  });

  it("does not build on a long-run spike: the cap comes from the runs before it", () => {
    const runs = [...weeksOf([24, 24, 24, 24]), run(addDays(MONDAY, 7 * 4), 14)];
    const log = trainingLog({ runs });
    expect(alertsFor(log, addDays(MONDAY, 28), "SPIKE")).toHaveLength(1);
    const plan = planNextWeek(log, addDays(MONDAY, 28));
    expect(plan).toMatchObject({ provisional: true, weekStart: "2025-02-10", longestBaseKm: 8, longestRunKm: 8.8 });
  });

  it("with less than three earlier weeks, uses the weekly-increase limit alone", () => {
    const plan = planNextWeek(trainingLog({ runs: weeksOf([15, 15]) }), sundayOf(1));
    expect(plan).toMatchObject({ basis: "short-history", acwrLimitKm: null, weeklyKm: { low: 12, high: 20.9 } });
  });

  it("suggests no range after four weeks without running, and points to the return advice", () => {
    const plan = planNextWeek(trainingLog({ runs: weeksOf([30, 30]) }), sundayOf(7));
    expect(plan).toMatchObject({ basis: "no-recent-runs", weeklyKm: null, longestRunKm: null });
    expect(plan.advice).toContain("return-to-running");
  });

  it("tells the demo athlete to reduce, not to build on today's 17 km", () => {
    const today = "2026-03-18";
    const demo = buildDemoLog(today);
    const runs = demo.runs.map((demoRun) => run(demoRun.date, demoRun.distanceKm, { id: demoRun.id, pain: demoRun.pain }));
    const plan = planNextWeek(trainingLog({ runs, painDays: demo.painDays }), today);
    expect(plan.mode).toBe("reduce");
    expect(plan.longestBaseKm).toBe(12);
    expect(plan.advice).toEqual(expect.arrayContaining(["see-a-professional", "knee"]));
  });
});
