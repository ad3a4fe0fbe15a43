import { describe, expect, it } from "vitest";
import { isMorningCheckOpen, morningCheckRunDays, pendingMorningChecks, type MorningCheckInput } from "./pending";

const T = "2026-12-01";
const knee = (date: string, score: number, side: "left" | "right" = "left") => ({
  date,
  location: "knee" as const,
  side,
  score,
});
const input = (parts: Partial<MorningCheckInput>): MorningCheckInput => ({
  runPain: [],
  mornings: [],
  handled: [],
  ...parts,
});

describe("pendingMorningChecks", () => {
  it("asks the morning after a run with any pain, per place", () => {
    const checks = pendingMorningChecks(input({ runPain: [knee("2026-11-30", 1), knee("2026-11-30", 4, "right")] }), T);
    expect(checks).toEqual([
      { runDate: "2026-11-30", location: "knee", side: "left", key: "knee_left", runScore: 1 },
      { runDate: "2026-11-30", location: "knee", side: "right", key: "knee_right", runScore: 4 },
    ]);
  });

  it.each([
    ["not on the day of the run", "2026-12-01", 0],
    ["on the next morning", "2026-11-30", 1],
    ["still on the second morning", "2026-11-29", 1],
    ["gone after two days unanswered", "2026-11-28", 0],
  ])("%s", (_story, runDate, count) => {
    expect(pendingMorningChecks(input({ runPain: [knee(runDate, 3)] }), T)).toHaveLength(count);
  });

  it("does not ask after a run without pain (score 0)", () => {
    expect(pendingMorningChecks(input({ runPain: [knee("2026-11-30", 0)] }), T)).toEqual([]);
  });

  it("asks once per place: the latest run day that hurt, with its highest score", () => {
    const checks = pendingMorningChecks(
      input({ runPain: [knee("2026-11-29", 6), knee("2026-11-30", 2), knee("2026-11-30", 3)] }),
      T,
    );
    expect(checks.map((check) => [check.runDate, check.runScore])).toEqual([["2026-11-30", 3]]);
  });

  it("is over once answered or skipped for that run day and place", () => {
    const runPain = [knee("2026-11-30", 3)];
    const handled = [{ runDate: "2026-11-30", location: "knee", side: "left" }];
    expect(pendingMorningChecks(input({ runPain, handled }), T)).toEqual([]);
    const otherDay = [{ runDate: "2026-11-29", location: "knee", side: "left" }];
    expect(pendingMorningChecks(input({ runPain, handled: otherDay }), T)).toHaveLength(1);
  });

  it("is over when a next-morning entry at the place was logged after the run, any way", () => {
    const runPain = [knee("2026-11-29", 3)];
    const mornings = [{ date: "2026-11-30", location: "knee" as const, side: "left" as const }];
    expect(pendingMorningChecks(input({ runPain, mornings }), T)).toEqual([]);
    // A morning entry on the run day itself is about the run before.
    const sameDay = [{ date: "2026-11-29", location: "knee" as const, side: "left" as const }];
    expect(pendingMorningChecks(input({ runPain, mornings: sameDay }), T)).toHaveLength(1);
    const otherPlace = [{ date: "2026-11-30", location: "knee" as const, side: "right" as const }];
    expect(pendingMorningChecks(input({ runPain, mornings: otherPlace }), T)).toHaveLength(1);
  });
});

describe("the morning check's days", () => {
  it("reads the runs of the two days before today", () => {
    expect(morningCheckRunDays(T)).toEqual({ from: "2026-11-29", to: "2026-11-30" });
  });

  it.each([
    ["2026-12-01", false],
    ["2026-11-30", true],
    ["2026-11-29", true],
    ["2026-11-28", false],
  ])("a check for a run on %s is open today: %s", (runDate, open) => {
    expect(isMorningCheckOpen(runDate, T)).toBe(open);
  });
});

describe("the morning check's words", () => {
  it("asks about the place and names the run", async () => {
    const { morningQuestion, morningRunLabel } = await import("./wording");
    expect(morningQuestion({ key: "knee_left" })).toBe("How does your left knee feel this morning?");
    expect(morningQuestion({ key: "achilles_both" })).toBe("How do both Achilles tendons feel this morning?");
    expect(morningRunLabel("2026-11-30", T)).toBe("Yesterday's run");
    expect(morningRunLabel("2026-11-29", T)).toBe("Sunday's run");
  });
});
