import { describe, expect, it } from "vitest";
import { RULE_IDS, type Alert, type RuleId, type Severity } from "../analysis/types";
import { describeAlert } from "./describe-alert";

function alertOf(rule: RuleId, key: string, data: Alert["data"], severity: Severity = "warning"): Alert {
  return { rule, severity, key, asOf: "2025-02-23", data, advice: [] };
}

type Case = { name: string; alert: Alert; title: string; km: string[]; mi: string[] };

// 2025-02-17 is a Monday, so 02-18 is Tuesday, 02-20 Thursday and 02-23 Sunday.
const CASES: Case[] = [
  {
    name: "a weekly increase",
    alert: alertOf("WEEKLY_INCREASE", "2025-02-17", { weekKm: 40, baselineKm: 30, increaseKm: 10, percent: 33.3 }),
    title: "Weekly distance jump",
    km: ["This week's 40 km", "10 km (33%)", "previous four, 30 km."],
    mi: ["24.9 mi", "6.2 mi (33%)", "18.6 mi"],
  },
  {
    name: "a high acute:chronic ratio",
    alert: alertOf("ACWR", "2025-02-17", { acuteKm: 45, chronicKm: 28, ratio: 1.61 }),
    title: "Sharp rise in weekly load",
    km: ["This week's 45 km", "1.6 times", "previous three weeks, 28 km."],
    mi: ["28 mi", "1.6 times", "17.4 mi"],
  },
  {
    name: "a long-run spike",
    alert: alertOf("SPIKE", "r-2025-02-23", { ratio: 1.33, runKm: 16, longest30Km: 12, date: "2025-02-23" }),
    title: "Long-run spike",
    km: ["Sunday's 16 km is 33% longer than your longest run of the 30 days before it, 12 km."],
    mi: ["Sunday's 9.9 mi is 33% longer", "30 days before it, 7.5 mi."],
  },
  {
    name: "a long-run spike of twice the 30-day longest or more",
    alert: alertOf("SPIKE", "r-2025-02-22", { ratio: 2.13, runKm: 16, longest30Km: 7.5, date: "2025-02-22" }, "high"),
    title: "Long-run spike",
    km: ["Saturday's 16 km is 2.1 times your longest run of the 30 days before it, 7.5 km."],
    mi: ["Saturday's 9.9 mi is 2.1 times", "4.7 mi."],
  },
  {
    name: "last week's weekly increase",
    alert: alertOf("WEEKLY_INCREASE", "2025-02-10", {
      weekKm: 36,
      baselineKm: 25,
      increaseKm: 11,
      percent: 44,
      week: "last",
      weekStart: "2025-02-10",
      weekEnd: "2025-02-16",
    }),
    title: "Last week's distance jump",
    km: ["Last week (10-16 Feb) was 44% above your biggest week of the four before it: 36 km, 11 km more than 25 km."],
    mi: ["Last week (10-16 Feb) was 44% above", "22.4 mi"],
  },
  {
    name: "last week's acute:chronic ratio, across two months",
    alert: alertOf("ACWR", "2025-01-27", {
      acuteKm: 45,
      chronicKm: 28,
      ratio: 1.61,
      week: "last",
      weekStart: "2025-01-27",
      weekEnd: "2025-02-02",
    }),
    title: "Sharp rise in load last week",
    km: ["Last week (27 Jan-2 Feb), 45 km, was 1.6 times your average of the three weeks before it, 28 km."],
    mi: ["Last week (27 Jan-2 Feb), 28 mi"],
  },
  {
    name: "pain that has not settled by the next morning",
    alert: alertOf("PAIN_MORNING", "knee_left", { score: 4, date: "2025-02-18", location: "knee", side: "left" }),
    title: "Pain the next morning: left knee",
    km: ["Your left knee hurt at 4/10 in the morning on Tuesday 18 Feb."],
    mi: ["4/10"],
  },
  {
    name: "a return that is too big",
    alert: alertOf("RETURN", "r-2025-02-17", {
      gapDays: 21,
      previousWeeklyKm: 30,
      firstWeekKm: 20,
      limitKm: 15,
      returnDate: "2025-02-17",
      daysSinceReturn: 3,
    }),
    title: "Back after a break",
    km: ["on Monday 17 Feb", "21 days", "averaged 30 km", "20 km so far", "more than the suggested limit of 15 km"],
    mi: ["averaged 18.6 mi", "12.4 mi so far", "9.3 mi"],
  },
  {
    name: "a return within its limit",
    alert: alertOf(
      "RETURN",
      "r-2025-02-17",
      { gapDays: 15, previousWeeklyKm: 30, firstWeekKm: 8, limitKm: 15, returnDate: "2025-02-17", daysSinceReturn: 9 },
      "info",
    ),
    title: "Back after a break",
    km: ["15 days", "first week back has 8 km; keep it within about 15 km."],
    mi: ["5 mi; keep it within about 9.3 mi."],
  },
  {
    name: "a high single pain score",
    alert: alertOf("PAIN_SINGLE", "knee_left", { score: 7, date: "2025-02-18", location: "knee", side: "left" }),
    title: "High pain: left knee",
    km: ["pain in your left knee 7/10 on Tuesday", "5/10"],
    mi: ["7/10 on Tuesday"],
  },
  {
    name: "a severe single pain score",
    alert: alertOf("PAIN_SINGLE", "achilles_right", { score: 8, date: "2025-02-18" }, "high"),
    title: "Severe pain: right Achilles",
    km: ["8/10", "checked"],
    mi: ["8/10"],
  },
  {
    name: "recurring pain",
    alert: alertOf("PAIN_RECUR", "it_band_right", { painfulRuns: 3, recentRuns: 5 }),
    title: "Recurring pain: right IT band",
    km: ["in your right IT band on 3 of your last 5 runs."],
    mi: ["3 of your last 5 runs"],
  },
  {
    name: "persistent pain",
    alert: alertOf(
      "PAIN_PERSIST",
      "knee_both",
      { painfulRuns: 4, recentRuns: 5, spanDays: 16, firstDate: "2025-02-03", lastDate: "2025-02-19" },
      "high",
    ),
    title: "Persistent pain: both knees",
    km: ["in both knees on 4 of your last 5 runs", "16 days (3 Feb to 19 Feb)", "physiotherapist"],
    mi: ["16 days"],
  },
  {
    name: "rising pain",
    alert: alertOf("PAIN_TREND", "back_none", { twoWeeksAgo: 2, lastWeek: 4, thisWeek: 6 }),
    title: "Rising pain: back",
    km: ["for back has gone from 2/10 two weeks ago to 4/10 last week and 6/10 this week."],
    mi: ["2/10", "4/10", "6/10"],
  },
  {
    name: "a red flag",
    alert: alertOf("PAIN_REDFLAG", "shin_left", { flags: "swelling,limping", date: "2025-02-20", score: 6 }, "high"),
    title: "Warning sign: left shin",
    km: ["In the last 7 days you recorded swelling and limping with pain in your left shin (highest score 6/10, most recently on Thursday)."],
    mi: ["swelling and limping"],
  },
  {
    name: "a shoe past its retirement distance",
    alert: alertOf("SHOE", "shoe-a", { km: 820, retireKm: 800 }),
    title: "Shoe due for retirement",
    km: ["This pair has 820 km on it, past its retirement distance of 800 km."],
    mi: ["509.5 mi", "497.1 mi"],
  },
  {
    name: "a shoe in the usual replacement range",
    alert: alertOf("SHOE", "shoe-a", { km: 620, retireKm: 800 }, "info"),
    title: "Shoe mileage",
    km: ["620 km", "500-800 km"],
    mi: ["385.3 mi", "300-500 mi"],
  },
];

describe("describeAlert", () => {
  it.each(CASES)("words $name with its numbers in km", ({ alert, title, km }) => {
    const wording = describeAlert(alert, { units: "km" });
    expect(wording.title).toBe(title);
    for (const fragment of km) expect(wording.explanation).toContain(fragment);
  });

  it.each(CASES)("words $name with its numbers in miles", ({ alert, title, mi }) => {
    const wording = describeAlert(alert, { units: "mi" });
    expect(wording.title).toBe(title);
    for (const fragment of mi) expect(wording.explanation).toContain(fragment);
    expect(wording.explanation).not.toMatch(/\d km/);
  });

  it("covers every rule the analyser can raise", () => {
    expect(new Set(CASES.map((c) => c.alert.rule))).toEqual(new Set(RULE_IDS));
  });

  it("words a shoe just under its retirement distance as mileage, though its km round up to it", () => {
    // 799.96 km is info (the warning is at 800 km); the data shows 800 km, rounded to 0.1.
    const shoe = alertOf("SHOE", "shoe-a", { km: 800, retireKm: 800 }, "info");
    const wording = describeAlert(shoe, { units: "km" });
    expect(wording.title).toBe("Shoe mileage");
    expect(wording.explanation).not.toMatch(/retirement/);
  });

  it("names the run and the shoe with the labels the caller passes", () => {
    const spike = CASES.find((c) => c.alert.rule === "SPIKE")!.alert;
    const runLabel = (key: string) => `The run ${key}`;
    expect(describeAlert(spike, { units: "km", runLabel }).explanation).toMatch(/^The run r-2025-02-23 \(16 km\) is 33% longer/);
    const shoe = alertOf("SHOE", "shoe-a", { km: 620, retireKm: 800 }, "info");
    const shoeLabel = (key: string) => (key === "shoe-a" ? "Pegasus 40" : key);
    expect(describeAlert(shoe, { units: "km", shoeLabel }).explanation).toMatch(/^Pegasus 40 has 620 km/);
  });

  it("falls back to the weekday-free wording when the run's date is missing", () => {
    const spike = alertOf("SPIKE", "r-1", { runKm: 16, longest30Km: 12 });
    expect(describeAlert(spike, { units: "km" }).explanation).toMatch(/^A 16 km run is 33% longer/);
  });

  it.each(RULE_IDS)("does not throw and says something generic when %s has no numbers", (rule) => {
    const broken: Alert["data"][] = [{}, { runKm: "16", score: "x", km: Number.NaN, flags: "" }];
    for (const data of broken) {
      const wording = describeAlert(alertOf(rule, "", data), { units: "mi" });
      expect(wording.title).not.toBe("");
      expect(wording.explanation.length).toBeGreaterThan(20);
      expect(`${wording.title} ${wording.explanation}`).not.toMatch(/undefined|NaN|null/);
    }
  });

  it("survives an alert with no data object at all and an unknown rule", () => {
    const broken = { ...alertOf("SPIKE", "r-1", {}), data: undefined } as unknown as Alert;
    expect(describeAlert(broken, { units: "km" }).title).toBe("Long-run spike");
    const unknown = alertOf("NEW_RULE" as RuleId, "k", {});
    expect(describeAlert(unknown, { units: "km" })).toEqual({
      title: "NEW_RULE",
      explanation: "Stridewise flagged something in your log.",
    });
  });
});
