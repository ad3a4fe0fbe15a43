import { describe, expect, it } from "vitest";
import { analyse } from "./analyse";
import { addDays } from "./dates";
import { alertsFor, pain, painDay, run, trainingLog } from "./test-builders";
import type { PainEntry } from "./types";

// T is a Monday; daysAgo(n) is T - n.
const T = "2025-03-10";
const daysAgo = (n: number) => addDays(T, -n);
const kneeLeft = (score: number) => pain("knee", "left", score);

describe("PAIN_SINGLE", () => {
  it.each([
    [5, null, []],
    [6, "warning", ["pain-monitoring"]],
    [7, "warning", ["pain-monitoring"]],
    [8, "high", ["pain-monitoring", "see-a-professional"]],
    [10, "high", ["pain-monitoring", "see-a-professional"]],
  ] as const)("a score of %i gives %s", (score, severity, advice) => {
    const log = trainingLog({ runs: [run(daysAgo(2), 5, { pain: [kneeLeft(score)] })] });
    const alerts = alertsFor(log, T, "PAIN_SINGLE");
    expect(alerts.map((alert) => [alert.severity, alert.advice])).toEqual(severity ? [[severity, advice]] : []);
  });

  it.each([
    ["T - 6 is in the window", 6, 1],
    ["T - 7 is not", 7, 0],
    ["after T is ignored", -1, 0],
  ])("%s", (_story, ago, count) => {
    const log = trainingLog({ runs: [run(daysAgo(ago), 5, { pain: [kneeLeft(8)] })] });
    expect(alertsFor(log, T, "PAIN_SINGLE")).toHaveLength(count);
  });

  it("counts pain on a rest day, even with no runs at all", () => {
    const log = trainingLog({ painDays: [painDay(daysAgo(1), pain("back", "none", 8))] });
    const result = analyse(log, T);
    expect(result.weeks).toEqual([]);
    expect(result.alerts.filter((alert) => alert.rule === "PAIN_SINGLE")).toEqual([
      {
        rule: "PAIN_SINGLE",
        severity: "high",
        key: "back_none",
        asOf: T,
        data: { score: 8, date: daysAgo(1), location: "back", side: "none" },
        advice: ["pain-monitoring", "see-a-professional"],
      },
    ]);
  });

  it.each([
    ["the highest score wins", [[1, kneeLeft(6)], [3, pain("shin", "right", 7)]], "shin_right"],
    ["ties go to the most recent", [[3, kneeLeft(7)], [1, pain("hip", "right", 7)]], "hip_right"],
    [
      "same day ties go to the key in alphabetical order",
      [[1, kneeLeft(7)], [1, pain("calf", "right", 7)]],
      "calf_right",
    ],
  ] as const)("raises one alert: %s", (_story, entries, key) => {
    const runs = entries.map(([ago, entry]) => run(daysAgo(ago), 5, { pain: [entry] }));
    expect(alertsFor(trainingLog({ runs }), T, "PAIN_SINGLE").map((alert) => alert.key)).toEqual([key]);
  });
});

/** One run a day for the given days ago, each with the pain entries given for it. */
function runsWithPain(entries: [number, PainEntry[]][]) {
  return entries.map(([ago, pains]) => run(daysAgo(ago), 6, { pain: pains }));
}

describe("PAIN_RECUR", () => {
  it.each([
    ["3 of the last 5 runs painful", [3, 3, 3, 0, 0], "warning"],
    ["2 of the last 5 runs painful", [3, 3, 0, 0, 0], null],
    ["score 2 is not painful", [2, 2, 2, 2, 2], null],
    ["a score of 2 does not make a third painful run", [3, 3, 2, 0, 0], null],
  ] as const)("%s", (_story, scores, severity) => {
    const runs = runsWithPain(scores.map((score, i) => [i * 2, score > 0 ? [kneeLeft(score)] : []]));
    const alerts = alertsFor(trainingLog({ runs }), T, "PAIN_RECUR");
    expect(alerts.map((alert) => alert.severity)).toEqual(severity ? [severity] : []);
  });

  it("carries the counts and the location's advice", () => {
    const runs = runsWithPain([[1, [kneeLeft(4)]], [2, [kneeLeft(3), kneeLeft(5)]], [3, [kneeLeft(3)]], [4, []]]);
    expect(alertsFor(trainingLog({ runs }), T, "PAIN_RECUR")).toEqual([
      {
        rule: "PAIN_RECUR",
        severity: "warning",
        key: "knee_left",
        asOf: T,
        data: { painfulRuns: 3, recentRuns: 4 },
        advice: ["pain-monitoring", "knee"],
      },
    ]);
  });

  it("gives no location advice for a hip", () => {
    const hip = pain("hip", "both", 4);
    const runs = runsWithPain([[1, [hip]], [2, [hip]], [3, [hip]]]);
    expect(alertsFor(trainingLog({ runs }), T, "PAIN_RECUR")[0]?.advice).toEqual(["pain-monitoring"]);
  });

  it("looks at the 5 most recent runs only", () => {
    const runs = runsWithPain([[10, [kneeLeft(4)]], [8, [kneeLeft(4)]], [6, []], [4, []], [2, [kneeLeft(4)]], [0, []]]);
    expect(alertsFor(trainingLog({ runs }), T, "PAIN_RECUR")).toEqual([]);
  });

  it("looks at runs dated T-27 .. T only", () => {
    const runs = runsWithPain([[28, [kneeLeft(4)]], [20, [kneeLeft(4)]], [16, [kneeLeft(4)]]]);
    expect(alertsFor(trainingLog({ runs }), T, "PAIN_RECUR")).toEqual([]);
    expect(alertsFor(trainingLog({ runs }), daysAgo(1), "PAIN_RECUR")).toHaveLength(1);
  });

  it.each([
    ["the older double (id a) drops out", "a", 0],
    ["the newer double (id b) stays in", "b", 1],
  ])("orders a day's doubles by id: %s", (_story, painfulId, count) => {
    const double = (id: string) => run(daysAgo(5), 6, { id, pain: id === painfulId ? [kneeLeft(4)] : [] });
    const runs = [double("b"), double("a"), ...runsWithPain([[4, [kneeLeft(4)]], [3, [kneeLeft(4)]], [2, []], [1, []]])];
    expect(alertsFor(trainingLog({ runs }), T, "PAIN_RECUR")).toHaveLength(count);
  });

  it("does not count rest-day pain", () => {
    const runs = runsWithPain([[1, [kneeLeft(4)]], [3, [kneeLeft(4)]], [5, []]]);
    const painDays = [painDay(daysAgo(2), kneeLeft(5)), painDay(daysAgo(4), kneeLeft(5))];
    expect(alertsFor(trainingLog({ runs, painDays }), T, "PAIN_RECUR")).toEqual([]);
  });

  it("keeps sides apart: left and right knee are two keys", () => {
    const runs = runsWithPain([[1, [kneeLeft(4)]], [2, [pain("knee", "right", 4)]], [3, [kneeLeft(4)]]]);
    expect(alertsFor(trainingLog({ runs }), T, "PAIN_RECUR")).toEqual([]);
  });
});

describe("PAIN_PERSIST", () => {
  // Runs T-14, T-10, T-5 painful: PAIN_RECUR holds, and the runs alone span 9 days.
  const recurring = () => runsWithPain([[14, [kneeLeft(4)]], [10, [kneeLeft(3)]], [5, [kneeLeft(4)]], [2, []], [0, []]]);

  it.each([
    ["a span of 9 days stays PAIN_RECUR", null, "PAIN_RECUR"],
    ["a rest day at T-18 makes 13 days: PAIN_RECUR", 18, "PAIN_RECUR"],
    ["a rest day at T-19 makes 14 days: PAIN_PERSIST", 19, "PAIN_PERSIST"],
    ["a rest day at T-28 is outside T-27 .. T", 28, "PAIN_RECUR"],
  ] as const)("%s, never both", (_story, restDayAgo, rule) => {
    const painDays = restDayAgo === null ? [] : [painDay(daysAgo(restDayAgo), kneeLeft(3))];
    const alerts = analyse(trainingLog({ runs: recurring(), painDays }), T).alerts;
    expect(alerts.filter((alert) => alert.rule.startsWith("PAIN_")).map((alert) => alert.rule)).toEqual([rule]);
  });

  it("ignores non-painful entries for the span", () => {
    const painDays = [painDay(daysAgo(20), kneeLeft(2))];
    expect(alertsFor(trainingLog({ runs: recurring(), painDays }), T, "PAIN_PERSIST")).toEqual([]);
  });

  it("carries the span and sends the runner to a professional", () => {
    const runs = runsWithPain([[20, [kneeLeft(4)]], [12, [kneeLeft(4)]], [3, [kneeLeft(5)]]]);
    expect(alertsFor(trainingLog({ runs }), T, "PAIN_PERSIST")).toEqual([
      {
        rule: "PAIN_PERSIST",
        severity: "high",
        key: "knee_left",
        asOf: T,
        data: { painfulRuns: 3, recentRuns: 3, spanDays: 17, firstDate: daysAgo(20), lastDate: daysAgo(3) },
        advice: ["see-a-professional", "knee"],
      },
    ]);
  });

  it("needs PAIN_RECUR: a long span with 2 painful runs is nothing", () => {
    const runs = runsWithPain([[25, [kneeLeft(6)]], [3, [kneeLeft(6)]], [2, []], [1, []]]);
    expect(analyse(trainingLog({ runs }), T).alerts.filter((alert) => alert.rule === "PAIN_PERSIST")).toEqual([]);
  });
});

describe("PAIN_TREND", () => {
  // T is a Monday: week k0 is T .. T+6, k0-1 is T-7 .. T-1, k0-2 is T-14 .. T-8.
  it.each([
    ["1 -> 2 -> 3 is rising", [1, 2, 3], true],
    ["1 -> 2 -> 2 is not", [1, 2, 2], false],
    ["1 -> 3 -> 3 is not", [1, 3, 3], false],
    ["2 -> 2 -> 3 is not", [2, 2, 3], false],
    ["0 -> 1 -> 3 starts at no pain", [0, 1, 3], false],
    ["1 -> 2 -> 2.5 stays under 3", [1, 2, 2.5], false],
  ] as const)("%s", (_story, [twoWeeksAgo, lastWeek, thisWeek], rises) => {
    const runs = runsWithPain([[10, [kneeLeft(twoWeeksAgo)]], [4, [kneeLeft(lastWeek)]], [0, [kneeLeft(thisWeek)]]]);
    const alerts = alertsFor(trainingLog({ runs }), T, "PAIN_TREND");
    expect(alerts.map((alert) => alert.data)).toEqual(rises ? [{ twoWeeksAgo, lastWeek, thisWeek }] : []);
  });

  it("takes each week's highest score", () => {
    const runs = runsWithPain([[12, [kneeLeft(1)]], [9, [kneeLeft(0)]], [4, [kneeLeft(2)]], [0, [kneeLeft(4)]]]);
    expect(alertsFor(trainingLog({ runs }), T, "PAIN_TREND")[0]).toMatchObject({
      key: "knee_left",
      severity: "warning",
      data: { twoWeeksAgo: 1, lastWeek: 2, thisWeek: 4 },
      advice: ["pain-rising"],
    });
  });

  it("counts rest-day pain in a week with runs", () => {
    // Week k0-1 has a pain-free run on T-6 and the knee's 2/10 on a rest day, T-4.
    const runs = runsWithPain([[10, [kneeLeft(1)]], [6, []], [0, [kneeLeft(4)]]]);
    const painDays = [painDay(daysAgo(4), kneeLeft(2))];
    expect(alertsFor(trainingLog({ runs, painDays }), T, "PAIN_TREND")).toHaveLength(1);
  });

  it.each([
    ["k0-1", [[10, [kneeLeft(1)]], [0, [kneeLeft(4)]]], painDay(daysAgo(4), kneeLeft(2))],
    ["k0-2", [[4, [kneeLeft(2)]], [0, [kneeLeft(4)]]], painDay(daysAgo(11), kneeLeft(1))],
  ] as const)("leaves P undefined in a week without runs (%s), even with rest-day pain there", (_week, entries, restDay) => {
    // The spec: P(w) is "undefined if no runs"; 1 -> 2 -> 4 with one of the scores on a rest day.
    const runs = runsWithPain(entries.map(([ago, pains]) => [ago, [...pains]]));
    expect(alertsFor(trainingLog({ runs, painDays: [restDay] }), T, "PAIN_TREND")).toEqual([]);
  });

  it.each([
    ["runs but no pain at the key (P = 0)", [[10, [kneeLeft(1)]], [4, [pain("knee", "right", 2)]], [0, [kneeLeft(4)]]]],
    ["no runs and no pain (P undefined)", [[10, [kneeLeft(1)]], [0, [kneeLeft(4)]]]],
    ["no runs and no pain two weeks ago", [[4, [kneeLeft(2)]], [0, [kneeLeft(4)]]]],
  ] as const)("is broken by a week with %s", (_story, entries) => {
    const runs = runsWithPain(entries.map(([ago, pains]) => [ago, [...pains]]));
    expect(alertsFor(trainingLog({ runs }), T, "PAIN_TREND")).toEqual([]);
  });

  it("uses the runner's week start", () => {
    // 2025-01-14 (Tue) 1, 2025-01-19 (Sun) 2, 2025-01-26 (Sun) 3, T = 2025-01-26.
    const runs = [
      run("2025-01-14", 5, { pain: [kneeLeft(1)] }),
      run("2025-01-19", 5, { pain: [kneeLeft(2)] }),
      run("2025-01-26", 5, { pain: [kneeLeft(3)] }),
    ];
    expect(alertsFor(trainingLog({ runs, weekStartsOn: "sunday" }), "2025-01-26", "PAIN_TREND")).toHaveLength(1);
    // Monday weeks: 1 and 2 share a week and the week before has no runs.
    expect(alertsFor(trainingLog({ runs }), "2025-01-26", "PAIN_TREND")).toEqual([]);
  });
});

describe("PAIN_REDFLAG", () => {
  it.each([
    ["T - 6 is in the window", 6, 1],
    ["T - 7 is not", 7, 0],
  ])("%s", (_story, ago, count) => {
    const runs = [run(daysAgo(ago), 5, { pain: [pain("shin", "left", 2, { boneTenderness: true })] })];
    expect(alertsFor(trainingLog({ runs }), T, "PAIN_REDFLAG")).toHaveLength(count);
  });

  it("raises one alert per key: every flag, the latest date and the highest score", () => {
    const runs = [run(daysAgo(3), 5, { pain: [kneeLeft(4), pain("knee", "left", 5, { swelling: true })] })];
    const painDays = [
      painDay(daysAgo(1), pain("knee", "left", 3, { nightPain: true, restPain: true })),
      painDay(daysAgo(2), pain("foot", "right", 1, { limping: true })),
    ];
    expect(alertsFor(trainingLog({ runs, painDays }), T, "PAIN_REDFLAG")).toEqual([
      {
        rule: "PAIN_REDFLAG",
        severity: "high",
        key: "foot_right",
        asOf: T,
        data: { flags: "limping", date: daysAgo(2), score: 1 },
        advice: ["see-a-professional"],
      },
      {
        rule: "PAIN_REDFLAG",
        severity: "high",
        key: "knee_left",
        asOf: T,
        data: { flags: "restPain,nightPain,swelling", date: daysAgo(1), score: 5 },
        advice: ["see-a-professional"],
      },
    ]);
  });

  it("ignores entries without a flag and entries after T", () => {
    const runs = [
      run(daysAgo(1), 5, { pain: [kneeLeft(9)] }),
      run(addDays(T, 1), 5, { pain: [pain("knee", "left", 3, { limping: true })] }),
    ];
    expect(alertsFor(trainingLog({ runs }), T, "PAIN_REDFLAG")).toEqual([]);
  });
});
