import { describe, expect, it } from "vitest";
import { analyse } from "./analyse";
import { isLoadAlert, weeklyHistory } from "./history";
import { pain, run, runSeries, trainingLog } from "./test-builders";

// 2025-01-06 is a Monday: one run every Monday is one run a week. Four steady weeks of 20 km, then a
// week of 30 km (a jump of 50%, 1.5 x the chronic load, and a run 50% longer than any in 30 days),
// then a second week of 30 km that is no longer a jump.
const steadyThenJump = trainingLog({ runs: runSeries("2025-01-06", [20, 20, 20, 20, 30, 30], 7) });
const T = "2025-02-12"; // Wednesday of the sixth week

const rulesOf = (alerts: { rule: string }[]) => alerts.map((alert) => alert.rule).sort();

describe("weeklyHistory", () => {
  it("is empty without runs", () => {
    expect(weeklyHistory(trainingLog(), T, 12)).toEqual([]);
  });

  it("judges each past week as of its last day, and the current week as of T", () => {
    const history = weeklyHistory(steadyThenJump, T, 12);
    // The log is six weeks old, so there are six weeks, not twelve.
    expect(history.map((week) => [week.start, week.asOf])).toEqual([
      ["2025-01-06", "2025-01-12"],
      ["2025-01-13", "2025-01-19"],
      ["2025-01-20", "2025-01-26"],
      ["2025-01-27", "2025-02-02"],
      ["2025-02-03", "2025-02-09"],
      ["2025-02-10", T],
    ]);
  });

  it("marks only the week that raised the load alerts", () => {
    const history = weeklyHistory(steadyThenJump, T, 12);
    const loadRules = history.map((week) => rulesOf(week.alerts.filter(isLoadAlert)));
    expect(loadRules).toEqual([[], [], [], [], ["ACWR", "SPIKE", "WEEKLY_INCREASE"], []]);
  });

  it("gives the current week the analysis' alerts about it, and last week's jump to last week", () => {
    const history = weeklyHistory(steadyThenJump, T, 12);
    const asOfT = analyse(steadyThenJump, T).alerts;
    // As of T the weekly rules also judge last week (2025-02-03): the analysis holds its jump ...
    expect(asOfT.filter((alert) => alert.key === "2025-02-03").map((alert) => alert.rule).sort()).toEqual([
      "ACWR",
      "WEEKLY_INCREASE",
    ]);
    // ... but the chart marks it on last week only.
    expect(history.at(-1)?.alerts).toEqual(asOfT.filter((alert) => alert.key !== "2025-02-03"));
  });

  it("puts a spike of the last 7 days in the week it was run in", () => {
    // Sunday 2025-02-09 is 16 km after a 30-day longest of 10 km; T is Wednesday of the next week.
    const log = trainingLog({ runs: [...runSeries("2025-01-06", [10, 10, 10, 10, 10], 7), run("2025-02-09", 16, { id: "sun" })] });
    const history = weeklyHistory(log, T, 2);
    expect(analyse(log, T).alerts.filter((alert) => alert.rule === "SPIKE").map((alert) => alert.key)).toEqual(["sun"]);
    expect(history.map((week) => week.alerts.filter((alert) => alert.rule === "SPIKE").map((alert) => alert.key))).toEqual([
      ["sun"],
      [],
    ]);
  });

  it("follows a runner whose week starts on Sunday", () => {
    const history = weeklyHistory({ ...steadyThenJump, weekStartsOn: "sunday" }, T, 2);
    expect(history.map((week) => [week.start, week.asOf])).toEqual([
      ["2025-02-02", "2025-02-08"],
      ["2025-02-09", T],
    ]);
  });

  it("keeps only the last `weeks` weeks", () => {
    const history = weeklyHistory(steadyThenJump, T, 2);
    expect(history.map((week) => week.start)).toEqual(["2025-02-03", "2025-02-10"]);
    expect(weeklyHistory(steadyThenJump, T, 0)).toEqual([]);
  });

  it("measures each week's longest run against the SPIKE rule's 30-day longest", () => {
    const history = weeklyHistory(steadyThenJump, T, 12);
    expect(history.map((week) => [week.longestKm, week.longest30Km])).toEqual([
      [20, null], // nothing before the first run
      [20, 20],
      [20, 20],
      [20, 20],
      [30, 20],
      [30, 30],
    ]);
    const spike = history[4]!.alerts.find((alert) => alert.rule === "SPIKE");
    expect(spike?.data.longest30Km).toBe(history[4]!.longest30Km);
  });

  it("does not count a double on the same day, and takes the earliest of equally long runs", () => {
    const log = trainingLog({
      runs: [
        run("2025-01-06", 8),
        run("2025-01-13", 10),
        // Week of 01-20: 12 km on Monday with a 9 km double, and 12 km again on Thursday.
        run("2025-01-20", 12, { id: "a" }),
        run("2025-01-20", 9, { id: "b" }),
        run("2025-01-23", 12),
      ],
    });
    const week = weeklyHistory(log, "2025-01-26", 1)[0]!;
    // Measured from Monday: its window, 21 Dec .. 19 Jan, holds 8 and 10, not the 9 km double or
    // Thursday's 12 km (which would have Monday's 12 in its own window).
    expect(week).toMatchObject({ longestKm: 12, longestDate: "2025-01-20", longest30Km: 10 });
  });

  it("gives a week without runs no longest run and no 30-day longest", () => {
    const log = trainingLog({ runs: [run("2025-01-06", 8), run("2025-01-20", 8)] });
    const gap = weeklyHistory(log, "2025-01-20", 3)[1]!;
    expect(gap).toMatchObject({ start: "2025-01-13", longestKm: 0, longestDate: null, longest30Km: null });
  });

  it("keeps pain alerts too, as of each week's end", () => {
    const sore = [pain("knee", "left", 7)];
    // 7/10 on Saturday 18 Jan: in the 7-day window at the end of its own week (Sunday 19), out of it by
    // the end of the next (Sunday 26), although a mid-week look on Friday 24 would still have seen it.
    const log = trainingLog({ runs: [run("2025-01-06", 8), run("2025-01-18", 8, { pain: sore }), run("2025-01-27", 8)] });
    const history = weeklyHistory(log, "2025-01-28", 4);
    expect(history.map((week) => rulesOf(week.alerts))).toEqual([[], ["PAIN_SINGLE"], [], []]);
  });
});
