import { describe, expect, it } from "vitest";
import { emptyWeekSummary, isReviewableWeek, reviewRange } from "./review-range";
import type { AnalysedRun, PainDay } from "./types";

const run = (date: string) => ({ date }) as AnalysedRun;
const painDay = (date: string) => ({ date }) as PainDay;

describe("reviewRange", () => {
  it("runs from 52 weeks before the first entry's week to this week", () => {
    const log = { weekStartsOn: "monday" as const, runs: [run("2026-03-04"), run("2026-01-07")], painDays: [] };
    // 2026-01-07 is a Wednesday; its week starts on Monday 5 January.
    expect(reviewRange(log, "2026-12-02")).toEqual({ first: "2025-01-06", last: "2026-11-30" });
  });

  it("counts rest-day pain as an entry, and follows a Sunday week start", () => {
    const log = { weekStartsOn: "sunday" as const, runs: [run("2026-06-10")], painDays: [painDay("2026-05-20")] };
    expect(reviewRange(log, "2026-12-02")).toEqual({ first: "2025-05-18", last: "2026-11-29" });
  });

  it("gives an empty log the last year up to this week", () => {
    const log = { weekStartsOn: "monday" as const, runs: [], painDays: [] };
    expect(reviewRange(log, "2026-12-02")).toEqual({ first: "2025-12-01", last: "2026-11-30" });
  });
});

describe("isReviewableWeek", () => {
  const log = { weekStartsOn: "monday" as const, runs: [run("2026-11-18")], painDays: [] };
  it("opens a past week without runs, this week and the weeks before the first run", () => {
    for (const start of ["2026-11-23", "2026-11-30", "2026-11-09", "2025-11-17"]) expect(isReviewableWeek(log, start, "2026-12-02"), start).toBe(true);
  });
  it("does not open next week or a week long before the log", () => {
    for (const start of ["2026-12-07", "2025-11-10", "2001-03-05"]) expect(isReviewableWeek(log, start, "2026-12-02"), start).toBe(false);
  });
});

describe("emptyWeekSummary", () => {
  it("is a week with nothing in it", () => {
    expect(emptyWeekSummary("2026-11-30")).toMatchObject({ start: "2026-11-30", km: 0, runs: 0, longestKm: 0, maxPainByLocation: {}, ratio: null });
  });
});
