// The revision of 2026-12-01 (ANALYSIS-RULES, "Runs logged late"): the weekly rules judge last week as
// well as this week, SPIKE looks at the last 7 days (see load-rules.test.ts), and PAIN_MORNING.
import { describe, expect, it } from "vitest";
import { addDays } from "./dates";
import { alertsFor, pain, painDay, run, runSeries, trainingLog } from "./test-builders";

// Mondays: 2025-01-06 is week 0. With the five weeks below, last week (k0-1) starts 2025-02-03 and this
// week (k0) 2025-02-10; T is this week's Tuesday, when the weekend gets logged.
const T = "2025-02-11";
const LAST_WEEK = "2025-02-03";
const THIS_WEEK = "2025-02-10";

/** One run per Monday for the given weeks' km, starting 2025-01-06, plus any extra runs. */
function weeks(kms: number[], ...extra: ReturnType<typeof run>[]) {
  return trainingLog({ runs: [...runSeries("2025-01-06", kms, 7), ...extra] });
}

describe("WEEKLY_INCREASE for last week", () => {
  it("warns on Tuesday about last week's jump, keyed by last week's first day", () => {
    // Four weeks of 20 km, then last week 20 km on Monday plus Saturday's 16 km long run.
    const log = weeks([20, 20, 20, 20, 20], run("2025-02-08", 16));
    const alerts = alertsFor(log, T, "WEEKLY_INCREASE");
    expect(alerts).toEqual([
      {
        rule: "WEEKLY_INCREASE",
        severity: "warning",
        key: LAST_WEEK,
        asOf: T,
        data: {
          weekKm: 36,
          baselineKm: 20,
          increaseKm: 16,
          percent: 80,
          week: "last",
          weekStart: LAST_WEEK,
          weekEnd: "2025-02-09",
        },
        advice: ["gradual-progression"],
      },
    ]);
  });

  it("judges this week and last week each against its own previous four, with two keys", () => {
    // 20, 20, 20, 20, then 30 last week (+50% on 20) and 40 so far this week (+33% on 30).
    const log = weeks([20, 20, 20, 20, 30, 40]);
    const alerts = alertsFor(log, T, "WEEKLY_INCREASE");
    expect(alerts.map((alert) => [alert.key, alert.data.week, alert.data.percent])).toEqual([
      [LAST_WEEK, "last", 50],
      [THIS_WEEK, "this", 33.3],
    ]);
  });

  it("evaluates k0-1 but not k0-2", () => {
    // The jump was two weeks ago (week of 2025-01-27): by T it is history.
    const log = weeks([20, 20, 20, 30, 20]);
    expect(alertsFor(log, addDays(T, -7), "WEEKLY_INCREASE").map((alert) => alert.key)).toEqual(["2025-01-27"]);
    expect(alertsFor(log, T, "WEEKLY_INCREASE")).toEqual([]);
  });

  it("keeps last week's alert open all of this week and drops it the week after", () => {
    const log = weeks([20, 20, 20, 20, 30]);
    expect(alertsFor(log, "2025-02-16", "WEEKLY_INCREASE").map((alert) => alert.key)).toEqual([LAST_WEEK]);
    expect(alertsFor(log, "2025-02-17", "WEEKLY_INCREASE")).toEqual([]);
  });

  it.each([
    ["H on the first day of week k0-4 (k-3 for last week) evaluates it", "2025-01-13", 1],
    ["H on the second day of week k0-4 does not", "2025-01-14", 0],
  ])("%s", (_story, firstRun, count) => {
    const runs = [run(firstRun, 20), ...runSeries("2025-01-20", [20, 20, 30], 7)];
    expect(alertsFor(trainingLog({ runs }), T, "WEEKLY_INCREASE")).toHaveLength(count);
  });

  it("reaches four weeks back from last week, not five", () => {
    // 40 km five weeks before last week is outside R for last week.
    const log = trainingLog({ runs: runSeries("2024-12-30", [40, 20, 20, 20, 20, 30], 7) });
    expect(alertsFor(log, T, "WEEKLY_INCREASE").map((alert) => alert.severity)).toEqual(["warning"]);
  });
});

describe("ACWR for last week", () => {
  it.each([
    ["A/C = 1.5 exactly and A - C = 6 warns", 18, 1],
    ["A/C just under 1.5 is nothing", 17.9, 0],
  ])("%s", (_story, lastWeekKm, count) => {
    const log = weeks([12, 12, 12, 12, lastWeekKm]);
    const alerts = alertsFor(log, T, "ACWR");
    expect(alerts).toHaveLength(count);
    if (count > 0) {
      expect(alerts[0]).toMatchObject({ key: LAST_WEEK, data: { acuteKm: 18, chronicKm: 12, ratio: 1.5, week: "last" } });
    }
  });
});

describe("PAIN_MORNING", () => {
  const morning = (date: string, score: number, side: "left" | "right" = "left") =>
    painDay(date, pain("knee", side, score, { timing: "next_morning" }));
  const withPain = (painDays: ReturnType<typeof painDay>[], runs = [run("2025-02-09", 10)]) =>
    trainingLog({ runs, painDays });

  it.each([
    ["3/10 the next morning warns", 3, 1],
    ["2/10 the next morning has settled enough", 2, 0],
  ])("%s", (_story, score, count) => {
    expect(alertsFor(withPain([morning("2025-02-10", score)]), T, "PAIN_MORNING")).toHaveLength(count);
  });

  it.each([
    ["an entry on T-6 counts", 6, 1],
    ["an entry on T-7 does not", 7, 0],
  ])("%s", (_story, daysAgo, count) => {
    expect(alertsFor(withPain([morning(addDays(T, -daysAgo), 5)]), T, "PAIN_MORNING")).toHaveLength(count);
  });

  it("ignores an entry after T", () => {
    expect(alertsFor(withPain([morning(addDays(T, 1), 5)]), T, "PAIN_MORNING")).toEqual([]);
  });

  it("reads only the next_morning timing, on a run or a rest day", () => {
    const during = painDay("2025-02-10", pain("knee", "left", 6, { timing: "after" }));
    expect(alertsFor(withPain([during]), T, "PAIN_MORNING")).toEqual([]);
    const onRun = run("2025-02-10", 8, { pain: [pain("achilles", "right", 4, { timing: "next_morning" })] });
    expect(alertsFor(trainingLog({ runs: [onRun] }), T, "PAIN_MORNING").map((alert) => alert.key)).toEqual([
      "achilles_right",
    ]);
  });

  it("gives one alert per location key with the latest entry's numbers and the place's advice", () => {
    const log = withPain([morning("2025-02-06", 6), morning("2025-02-10", 3), morning("2025-02-09", 4, "right")]);
    const alerts = alertsFor(log, T, "PAIN_MORNING");
    expect(alerts).toEqual([
      {
        rule: "PAIN_MORNING",
        severity: "warning",
        key: "knee_left",
        asOf: T,
        data: { score: 3, date: "2025-02-10", location: "knee", side: "left" },
        advice: ["pain-monitoring", "knee"],
      },
      {
        rule: "PAIN_MORNING",
        severity: "warning",
        key: "knee_right",
        asOf: T,
        data: { score: 4, date: "2025-02-09", location: "knee", side: "right" },
        advice: ["pain-monitoring", "knee"],
      },
    ]);
  });

  it("takes the higher score when two morning entries share the latest day", () => {
    const log = withPain([morning("2025-02-10", 3), morning("2025-02-10", 5)]);
    expect(alertsFor(log, T, "PAIN_MORNING")[0]?.data.score).toBe(5);
  });

  it("has no location advice for a place without its own plan", () => {
    const hip = painDay("2025-02-10", pain("hip", "left", 4, { timing: "next_morning" }));
    expect(alertsFor(withPain([hip]), T, "PAIN_MORNING")[0]?.advice).toEqual(["pain-monitoring"]);
  });
});

describe("last week's weekly alerts and the runner's week start", () => {
  // Sundays: a year of 20 km every Wednesday, then a 16 km long run on Saturday 2025-02-08. For a
  // Sunday start that Saturday ends the week of Sunday 2025-02-02; for a Monday start it is in the
  // week of Monday 2025-02-03, which ends on Sunday 2025-02-09.
  const log = (weekStartsOn: "monday" | "sunday") =>
    trainingLog({ weekStartsOn, runs: [...runSeries("2024-12-04", Array<number>(10).fill(20), 7), run("2025-02-08", 16)] });
  const keys = (weekStartsOn: "monday" | "sunday", asOf: string) =>
    alertsFor(log(weekStartsOn), asOf, "WEEKLY_INCREASE").map((alert) => [alert.key, alert.data.week]);

  it.each([
    ["Sunday start, T the Sunday after (first day of k0)", "sunday", "2025-02-09", [["2025-02-02", "last"]]],
    ["Sunday start, T the Saturday after (last day of k0)", "sunday", "2025-02-15", [["2025-02-02", "last"]]],
    ["Sunday start, T two Sundays after: closed", "sunday", "2025-02-16", []],
    ["Monday start, T that Sunday (this week)", "monday", "2025-02-09", [["2025-02-03", "this"]]],
    ["Monday start, T the Monday after (last week)", "monday", "2025-02-10", [["2025-02-03", "last"]]],
    ["Monday start, T the Sunday after (last week)", "monday", "2025-02-16", [["2025-02-03", "last"]]],
    ["Monday start, T two Mondays after: closed", "monday", "2025-02-17", []],
  ] as const)("%s", (_story, weekStartsOn, asOf, expected) => {
    expect(keys(weekStartsOn, asOf)).toEqual(expected);
  });
});

describe("PAIN_MORNING on a run's own entry and on a rest day", () => {
  const morningPain = (score: number) => pain("knee", "left", score, { timing: "next_morning" });

  it.each([
    ["a run on T-6 with its own next_morning entry counts", 6, 1],
    ["a run on T-7 does not: the entry is dated with its run", 7, 0],
  ])("%s", (_story, daysAgo, count) => {
    const runs = [run(addDays(T, -daysAgo), 10, { pain: [morningPain(4)] })];
    expect(alertsFor(trainingLog({ runs }), T, "PAIN_MORNING")).toHaveLength(count);
  });

  it("takes the numbers of the latest entry, a rest day's after a run's", () => {
    const runs = [run("2025-02-08", 10, { pain: [morningPain(6)] })];
    const painDays = [painDay("2025-02-09", morningPain(3))];
    expect(alertsFor(trainingLog({ runs, painDays }), T, "PAIN_MORNING").map((alert) => alert.data)).toEqual([
      { score: 3, date: "2025-02-09", location: "knee", side: "left" },
    ]);
  });

  it("still warns on an earlier 3/10 or more when a later morning scored under 3", () => {
    const painDays = [painDay("2025-02-07", morningPain(5)), painDay("2025-02-10", morningPain(1))];
    expect(alertsFor(trainingLog({ runs: [run("2025-02-06", 10)], painDays }), T, "PAIN_MORNING")[0]?.data).toMatchObject({
      score: 5,
      date: "2025-02-07",
    });
  });
});
