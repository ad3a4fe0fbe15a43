import { describe, expect, it } from "vitest";
import { addDays } from "./dates";
import { alertsFor, run, runSeries, trainingLog } from "./test-builders";

// 2025-01-06 is a Monday; with Monday weeks, one run a Monday is one run a week.
const FIRST_MONDAY = "2025-01-06";

/** One run every Monday with the given weekly km; T is the last of those Mondays. */
function mondayWeeks(kms: number[]) {
  const runs = runSeries(FIRST_MONDAY, kms, 7);
  return { log: trainingLog({ runs }), asOf: addDays(FIRST_MONDAY, 7 * (kms.length - 1)) };
}

describe("WEEKLY_INCREASE", () => {
  it.each([
    ["+30% exactly (D = 6) is info", [20, 20, 20, 20, 26], "info"],
    ["just above +30% is a warning", [20, 20, 20, 20, 26.1], "warning"],
    ["+20% exactly is nothing", [30, 30, 30, 30, 36], null],
    ["just above +20% is info", [30, 30, 30, 30, 36.1], "info"],
    ["D = 6 exactly passes the 6 km guard", [25, 25, 25, 25, 31], "info"],
    ["D = 5.9 stays under the 6 km guard", [25, 25, 25, 25, 30.9], null],
    ["a small base: 5 -> 10 km is +100% but under the guard", [5, 5, 5, 5, 10], null],
    ["a rest week is not the baseline (R is the highest of 4 weeks)", [20, 20, 20, 0, 26], "info"],
    ["the baseline reaches back 4 weeks, not 5", [40, 20, 20, 20, 20, 30], "warning"],
    ["the baseline includes week k0-4", [30, 20, 20, 20, 26], null],
    ["a drop is nothing", [30, 30, 30, 30, 10], null],
  ] as const)("%s", (_story, kms, expected) => {
    const { log, asOf } = mondayWeeks([...kms]);
    const alerts = alertsFor(log, asOf, "WEEKLY_INCREASE");
    expect(alerts.map((alert) => alert.severity)).toEqual(expected ? [expected] : []);
  });

  it("carries the numbers behind it, keyed by the first day of week k0", () => {
    const { log, asOf } = mondayWeeks([20, 20, 20, 20, 26.1]);
    expect(alertsFor(log, asOf, "WEEKLY_INCREASE")).toEqual([
      {
        rule: "WEEKLY_INCREASE",
        severity: "warning",
        key: asOf,
        asOf,
        data: {
          weekKm: 26.1,
          baselineKm: 20,
          increaseKm: 6.1,
          percent: 30.5,
          week: "this",
          weekStart: asOf,
          weekEnd: addDays(asOf, 6),
        },
        advice: ["gradual-progression"],
      },
    ]);
  });

  it("sums distances exactly (5.4 + 10.8 + 9.8 is 26 km, so +30% stays info)", () => {
    const runs = [...runSeries(FIRST_MONDAY, [20, 20, 20, 20], 7), ...runSeries("2025-02-03", [5.4, 10.8, 9.8])];
    expect(alertsFor(trainingLog({ runs }), "2025-02-05", "WEEKLY_INCREASE")[0]?.severity).toBe("info");
  });

  it.each([
    ["H on the first day of week k0-3", "2025-01-13", 1],
    ["H on the second day of week k0-3", "2025-01-14", 0],
    ["H in week k0-2", "2025-01-20", 0],
  ])("needs a baseline: %s gives %i alert(s)", (_story, firstRun, count) => {
    const runs = [run(firstRun, 20), run("2025-01-20", 20), run("2025-01-27", 20), run("2025-02-03", 30)];
    expect(alertsFor(trainingLog({ runs }), "2025-02-03", "WEEKLY_INCREASE")).toHaveLength(count);
  });

  it("skips R = 0 (four empty weeks before k0)", () => {
    const runs = [run("2024-12-30", 10), run("2025-02-03", 26)];
    expect(alertsFor(trainingLog({ runs }), "2025-02-03", "WEEKLY_INCREASE")).toEqual([]);
  });

  it("counts a partial week k0 up to T only", () => {
    const runs = [...runSeries(FIRST_MONDAY, [20, 20, 20, 20, 26], 7), run("2025-02-06", 10)];
    const log = trainingLog({ runs });
    expect(alertsFor(log, "2025-02-05", "WEEKLY_INCREASE")[0]?.severity).toBe("info");
    expect(alertsFor(log, "2025-02-06", "WEEKLY_INCREASE")[0]?.severity).toBe("warning");
  });

  it("uses the runner's week start: Saturday runs and a Sunday 26 km", () => {
    // Saturdays 2025-01-04 .. 2025-02-01 at 20 km, then Sunday 2025-02-02 at 26 km.
    const runs = [...runSeries("2025-01-04", [20, 20, 20, 20, 20], 7), run("2025-02-02", 26)];
    const sunday = alertsFor(trainingLog({ runs, weekStartsOn: "sunday" }), "2025-02-02", "WEEKLY_INCREASE");
    expect(sunday.map((alert) => [alert.key, alert.severity])).toEqual([["2025-02-02", "info"]]);
    // Monday weeks put Saturday and Sunday together: 46 km against 20.
    const monday = alertsFor(trainingLog({ runs }), "2025-02-02", "WEEKLY_INCREASE");
    expect(monday.map((alert) => [alert.key, alert.severity])).toEqual([["2025-01-27", "warning"]]);
  });
});

describe("ACWR", () => {
  it.each([
    ["A/C = 1.5 exactly and A - C = 6 warns", [12, 12, 12, 18], true],
    ["A/C just under 1.5 is nothing", [12, 12, 12, 17.9], false],
    ["A/C = 1.5 exactly survives decimals (12.8 x 3, then 19.2)", [12.8, 12.8, 12.8, 19.2], true],
    ["A/C = 1.5 but A - C = 5.9 is under the 6 km guard", [11.8, 11.8, 11.8, 17.7], false],
    ["A/C = 1.5 but A - C = 5 is under the guard", [10, 10, 10, 15], false],
    ["C = 1 exactly is enough history", [1, 1, 1, 7], true],
    ["C < 1 is skipped", [1, 1, 0.99, 7], false],
    ["low ratios are never flagged", [30, 30, 30, 5], false],
    ["the week before k0-3 is not part of C", [90, 12, 12, 12, 18], true],
  ] as const)("%s", (_story, kms, warns) => {
    const { log, asOf } = mondayWeeks([...kms]);
    const alerts = alertsFor(log, asOf, "ACWR");
    expect(alerts.map((alert) => alert.severity)).toEqual(warns ? ["warning"] : []);
  });

  it("carries acute, chronic and ratio and both pieces of advice", () => {
    const { log, asOf } = mondayWeeks([12, 12, 12, 18]);
    expect(alertsFor(log, asOf, "ACWR")[0]).toMatchObject({
      key: asOf,
      data: { acuteKm: 18, chronicKm: 12, ratio: 1.5 },
      advice: ["gradual-progression", "rest-and-recovery"],
    });
  });

  it("needs H on or before the first day of week k0-3", () => {
    const runs = [run("2025-01-14", 12), run("2025-01-20", 12), run("2025-01-27", 12), run("2025-02-03", 30)];
    expect(alertsFor(trainingLog({ runs }), "2025-02-03", "ACWR")).toEqual([]);
  });
});

describe("SPIKE", () => {
  // H = 2025-01-06 and 2025-01-20, both 10 km; the run r is on T = 2025-02-03 (a Monday, week k0).
  const base = () => [run("2025-01-06", 10), run("2025-01-20", 10)];

  it.each([
    ["s = 1.10 exactly is nothing", 11, null],
    ["s just above 1.10 is a small spike", 11.1, ["warning", "small"]],
    ["s = 1.30 exactly is still small", 13, ["warning", "small"]],
    ["s just above 1.30 is moderate", 13.1, ["warning", "moderate"]],
    ["s = 2.00 exactly is still moderate", 20, ["warning", "moderate"]],
    ["s above 2.00 is large, and high", 20.1, ["high", "large"]],
  ] as const)("%s", (_story, km, expected) => {
    const spiking = run("2025-02-03", km, { id: "r-spike" });
    const alerts = alertsFor(trainingLog({ runs: [...base(), spiking] }), "2025-02-03", "SPIKE");
    expect(alerts.map((alert) => [alert.severity, alert.data.size])).toEqual(expected ? [expected] : []);
  });

  it("carries the numbers, keyed by the run's id", () => {
    const runs = [...base(), run("2025-02-03", 16, { id: "r-2025-02-03" })];
    expect(alertsFor(trainingLog({ runs }), "2025-02-03", "SPIKE")).toEqual([
      {
        rule: "SPIKE",
        severity: "warning",
        key: "r-2025-02-03",
        asOf: "2025-02-03",
        data: { ratio: 1.6, runKm: 16, longest30Km: 10, date: "2025-02-03", size: "moderate" },
        advice: ["long-run-steps"],
      },
    ]);
  });

  it.each([
    ["0.9 km longer is GPS noise", 5.9, 0],
    ["1.0 km longer counts", 6, 1],
  ])("the 1 km guard on a 5 km longest run: %s", (_story, km, count) => {
    const runs = [run("2025-01-06", 5), run("2025-01-20", 5), run("2025-02-03", km)];
    expect(alertsFor(trainingLog({ runs }), "2025-02-03", "SPIKE")).toHaveLength(count);
  });

  it.each([
    ["a 20 km run on r-30 is in the window", "2025-01-04", 0],
    ["a 20 km run on r-31 is not", "2025-01-03", 1],
  ])("L30 covers r-30 .. r-1: %s", (_story, longDay, count) => {
    const runs = [run(longDay, 20), run("2025-01-20", 10), run("2025-02-03", 13)];
    expect(alertsFor(trainingLog({ runs }), "2025-02-03", "SPIKE")).toHaveLength(count);
  });

  it("leaves a same-day double out of L30", () => {
    const runs = [...base(), run("2025-02-03", 10, { id: "am" }), run("2025-02-03", 13, { id: "pm" })];
    const alerts = alertsFor(trainingLog({ runs }), "2025-02-03", "SPIKE");
    expect(alerts.map((alert) => [alert.key, alert.data.longest30Km])).toEqual([["pm", 10]]);
  });

  it.each([
    ["r = H + 14 is checked", "2025-01-20", 1],
    ["r = H + 13 has no baseline yet", "2025-01-21", 0],
  ])("%s", (_story, firstRun, count) => {
    const runs = [run(firstRun, 10), run("2025-01-27", 10), run("2025-02-03", 20)];
    expect(alertsFor(trainingLog({ runs }), "2025-02-03", "SPIKE")).toHaveLength(count);
  });

  it("looks at the runs of the last 7 days, not the calendar week, and none after T", () => {
    const runs = [...base(), run("2025-02-02", 20, { id: "sun" }), run("2025-02-04", 30, { id: "tue" })];
    // Sunday's spike is in last week, and logged late it still warns on Monday; Tuesday's is after T.
    expect(alertsFor(trainingLog({ runs }), "2025-02-03", "SPIKE").map((alert) => alert.key)).toEqual(["sun"]);
    expect(alertsFor(trainingLog({ runs }), "2025-02-04", "SPIKE").map((alert) => alert.key).sort()).toEqual(["sun", "tue"]);
  });

  it.each([
    ["a run on T-6 is checked", 6, 1],
    ["a run on T-7 is not", 7, 0],
  ])("%s", (_story, daysAgo, count) => {
    const spikeDay = addDays("2025-02-03", -daysAgo);
    const runs = [run("2025-01-01", 10), run("2025-01-10", 10), run(spikeDay, 20)];
    expect(alertsFor(trainingLog({ runs }), "2025-02-03", "SPIKE")).toHaveLength(count);
  });

  it("skips a run with no run in the 30 days before it", () => {
    const runs = [run("2024-12-01", 5), run("2025-02-03", 20)];
    expect(alertsFor(trainingLog({ runs }), "2025-02-03", "SPIKE")).toEqual([]);
  });
});

describe("RETURN", () => {
  // 28 days of 5 km up to P = 2025-01-01: PB = 140 / 4 = 35 km, so the limit is 17.5 km.
  const beforeBreak = () => runSeries("2024-12-05", new Array<number>(28).fill(5));

  it.each([
    ["a gap of 14 days is a return", "2025-01-15", 1],
    ["a gap of 13 days is not", "2025-01-14", 0],
  ])("%s", (_story, returnDay, count) => {
    const log = trainingLog({ runs: [...beforeBreak(), run(returnDay, 5)] });
    expect(alertsFor(log, returnDay, "RETURN")).toHaveLength(count);
  });

  it.each([
    ["T = R", "2025-01-15", 1],
    ["T = R + 13", "2025-01-28", 1],
    ["T = R + 14", "2025-01-29", 0],
  ])("is active while R <= T <= R + 13: %s", (_story, asOf, count) => {
    const log = trainingLog({ runs: [...beforeBreak(), run("2025-01-15", 5)] });
    expect(alertsFor(log, asOf, "RETURN")).toHaveLength(count);
  });

  it.each([
    ["F = 0.5 x PB exactly is info", 9.5, "info"],
    ["F above 0.5 x PB is a warning", 9.6, "warning"],
  ])("%s", (_story, secondKm, severity) => {
    const runs = [...beforeBreak(), run("2025-01-15", 8), run("2025-01-17", secondKm)];
    const alerts = alertsFor(trainingLog({ runs }), "2025-01-20", "RETURN");
    expect(alerts.map((alert) => alert.severity)).toEqual([severity]);
  });

  it.each([
    ["F = 6 exactly is info", 6, "info"],
    ["F = 6.1 is a warning", 6.1, "warning"],
  ])("uses 6 km when half of PB is less: %s", (_story, km, severity) => {
    // P-28 is outside P-27 .. P, so PB = 8 / 4 = 2 km and max(1, 6) = 6.
    const runs = [run("2024-12-04", 100), run("2025-01-01", 8), run("2025-01-15", km)];
    const alerts = alertsFor(trainingLog({ runs }), "2025-01-15", "RETURN");
    expect(alerts.map((alert) => [alert.severity, alert.data.limitKm])).toEqual([[severity, 6]]);
  });

  it("counts F over R .. R + 6 only", () => {
    const runs = [...beforeBreak(), run("2025-01-15", 8), run("2025-01-22", 20)];
    expect(alertsFor(trainingLog({ runs }), "2025-01-22", "RETURN")[0]?.severity).toBe("info");
  });

  it("takes the first run of R's date by id, and F includes the double", () => {
    const runs = [...beforeBreak(), run("2025-01-15", 9, { id: "r-b" }), run("2025-01-15", 9, { id: "r-a" })];
    expect(alertsFor(trainingLog({ runs }), "2025-01-16", "RETURN")).toEqual([
      {
        rule: "RETURN",
        severity: "warning",
        key: "r-a",
        asOf: "2025-01-16",
        data: {
          gapDays: 14,
          previousWeeklyKm: 35,
          firstWeekKm: 18,
          limitKm: 17.5,
          returnDate: "2025-01-15",
          daysSinceReturn: 1,
        },
        advice: ["return-to-running"],
      },
    ]);
  });

  it("never treats H as a return", () => {
    expect(alertsFor(trainingLog({ runs: [run("2025-01-15", 30)] }), "2025-01-15", "RETURN")).toEqual([]);
  });
});
