import { describe, expect, it } from "vitest";
import { DOT_MAX_PX, DOT_MIN_PX, dotSize, monthGrid, painLevel, shiftMonth } from "./runs-calendar";

describe("monthGrid", () => {
  it("lays November 2026 out in Monday weeks with each day's runs", () => {
    const weeks = monthGrid("2026-11", "monday", [
      { id: "a", date: "2026-11-03", km: 8, maxPain: 2 },
      { id: "b", date: "2026-11-03", km: 4.5, maxPain: null },
      { id: "c", date: "2026-11-30", km: 12, maxPain: 6 },
      { id: "d", date: "2026-12-01", km: 5, maxPain: null },
    ]);
    // 1 November 2026 is a Sunday: the first week starts on Monday 26 October; 30 November is a Monday.
    expect(weeks).toHaveLength(6);
    expect(weeks[0]![0]).toMatchObject({ date: "2026-10-26", inMonth: false, runs: [] });
    expect(weeks[0]![6]).toMatchObject({ date: "2026-11-01", day: 1, inMonth: true });
    const third = weeks[1]!.find((day) => day.date === "2026-11-03")!;
    expect(third).toMatchObject({ km: 12.5, maxPain: 2 });
    expect(third.runs.map((run) => run.id)).toEqual(["a", "b"]);
    expect(weeks[5]![0]).toMatchObject({ date: "2026-11-30", km: 12, maxPain: 6 });
    // The run of 1 December is not drawn in November's trailing days.
    expect(weeks[5]![1]).toMatchObject({ date: "2026-12-01", inMonth: false, runs: [], km: 0 });
  });

  it("starts weeks on Sunday for a Sunday-start runner", () => {
    const weeks = monthGrid("2026-11", "sunday", []);
    expect(weeks[0]![0]!.date).toBe("2026-11-01");
    expect(weeks).toHaveLength(5);
    expect(weeks.flat().filter((day) => day.inMonth)).toHaveLength(30);
  });

  it("knows February of a leap year", () => {
    expect(monthGrid("2028-02", "monday", []).flat().filter((day) => day.inMonth)).toHaveLength(29);
  });
});

describe("dotSize and painLevel", () => {
  it("sizes a dot by distance, within its bounds", () => {
    expect(dotSize(0, 20)).toBe(0);
    expect(dotSize(20, 20)).toBe(DOT_MAX_PX);
    expect(dotSize(5, 20)).toBe(Math.round(DOT_MIN_PX + (DOT_MAX_PX - DOT_MIN_PX) * 0.5));
    expect(dotSize(0.1, 40)).toBeGreaterThanOrEqual(DOT_MIN_PX);
  });

  it("bands pain as ANALYSIS-RULES.md does", () => {
    expect([null, 0, 1, 3, 4, 5, 6, 10].map(painLevel)).toEqual(["none", "none", "low", "low", "moderate", "moderate", "high", "high"]);
  });

  it("steps months across a year", () => {
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
  });
});
