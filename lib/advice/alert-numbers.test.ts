import { describe, expect, it } from "vitest";
import { alertNumbers } from "./alert-numbers";

describe("alertNumbers", () => {
  it("names a spike's numbers in words, in the runner's unit", () => {
    const alert = { data: { ratio: 1.33, runKm: 16, longest30Km: 12, date: "2025-02-23", size: "moderate" } };
    expect(alertNumbers(alert, "km")).toEqual([
      { label: "Ratio", value: "1.33×" },
      { label: "This run", value: "16 km" },
      { label: "Longest run in the 30 days before", value: "12 km" },
      { label: "Date", value: "23 Feb" },
    ]);
    expect(alertNumbers(alert, "mi")[1]).toEqual({ label: "This run", value: "9.9 mi" });
  });

  it("words pain scores, spans and warning signs", () => {
    const values = alertNumbers({ data: { spanDays: 23, score: 7, flags: "swelling,limping" } }, "km");
    expect(values.map((v) => v.value)).toEqual(["23 days", "7/10", expect.stringContaining("swelling")]);
  });

  it("names last week's numbers after last week, with its dates", () => {
    const data = { weekKm: 36, baselineKm: 25, increaseKm: 11, percent: 44, week: "last", weekStart: "2025-11-23", weekEnd: "2025-11-29" };
    expect(alertNumbers({ data }, "km")).toEqual([
      { label: "Week", value: "23-29 Nov" },
      { label: "Last week", value: "36 km" },
      { label: "Biggest of the 4 weeks before it", value: "25 km" },
      { label: "Increase", value: "11 km" },
      { label: "Increase", value: "44%" },
    ]);
    expect(alertNumbers({ data: { ...data, week: "this" } }, "km")[0]).toEqual({ label: "This week", value: "36 km" });
  });
});
