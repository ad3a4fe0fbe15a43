import { describe, expect, it } from "vitest";
import { climbByWeek } from "./weekly-climb";

describe("climbByWeek", () => {
  const runs = [
    { localDate: "2026-11-29", ascentM: 40, descentM: 35 }, // a Sunday
    { localDate: "2026-11-30", ascentM: 120, descentM: 150 }, // a Monday
    { localDate: "2026-12-02", ascentM: 10, descentM: 5 },
    { localDate: "2026-12-03", ascentM: null, descentM: null }, // logged by hand
  ];

  it("sums each week's runs with heights, by the runner's week start", () => {
    expect([...climbByWeek(runs, "monday")]).toEqual([
      ["2026-11-23", { ascentM: 40, descentM: 35 }],
      ["2026-11-30", { ascentM: 130, descentM: 155 }],
    ]);
    expect([...climbByWeek(runs, "sunday")]).toEqual([["2026-11-29", { ascentM: 170, descentM: 190 }]]);
  });

  it("leaves out a week whose runs recorded no heights", () => {
    expect(climbByWeek([{ localDate: "2026-12-03", ascentM: null, descentM: null }], "monday").size).toBe(0);
  });
});
