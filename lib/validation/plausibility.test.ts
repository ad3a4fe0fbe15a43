import { describe, expect, it } from "vitest";
import { implausibleRunQuestion, recordSeconds } from "./plausibility";

const ask = (metres: number, seconds: number | null, longest30Metres: number) =>
  implausibleRunQuestion({ metres, seconds, longest30Metres, units: "km" });

describe("recordSeconds", () => {
  it("is the record at a listed distance and between neighbours in between", () => {
    expect(recordSeconds(42195)).toBeCloseTo(7235, 6);
    expect(recordSeconds(10000)).toBeCloseTo(1571, 6);
    const fifteen = recordSeconds(15000);
    expect(fifteen).toBeGreaterThan(1571 * 1.5);
    expect(fifteen).toBeLessThan(3451 * (15000 / 21097.5));
  });

  it("keeps the 24-hour pace past 24 hours, and the 100 m pace below 100 m", () => {
    expect(recordSeconds(639228)).toBeCloseTo(2 * 86400, 6);
    expect(recordSeconds(50)).toBeCloseTo(4.79, 6);
  });
});

describe("implausibleRunQuestion", () => {
  it("asks about a run more than three times the 30-day longest", () => {
    expect(ask(500_000, null, 12_000)).toBe(
      "Is 500 km right? That is 41.6 times your longest run of the 30 days before it (12 km).",
    );
    expect(ask(36_001, null, 12_000)).not.toBeNull();
  });

  it("does not ask at three times exactly, or without a recent run to compare with", () => {
    expect(ask(36_000, null, 12_000)).toBeNull();
    expect(ask(500_000, null, 0)).toBeNull();
  });

  it("asks about a time faster than the world record for the distance", () => {
    // A 10 km in 25:00 beats 26:11; 27:00 does not.
    expect(ask(10_000, 1500, 10_000)).toMatch(/^Is 10 km in that time right\? It would be faster than the world record/);
    expect(ask(10_000, 1620, 10_000)).toBeNull();
  });

  it("words the distance in the runner's unit", () => {
    expect(implausibleRunQuestion({ metres: 160_934, seconds: null, longest30Metres: 16_093, units: "mi" })).toMatch(
      /^Is 100 mi right\? That is 10 times your longest run of the 30 days before it \(10 mi\)\.$/,
    );
  });
});
