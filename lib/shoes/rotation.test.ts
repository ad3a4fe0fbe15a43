import { describe, expect, it } from "vitest";
import { rotation, wear } from "./rotation";

describe("rotation", () => {
  it("shares the distance run in shoes, largest first, and counts the pairs in use", () => {
    const result = rotation([
      { shoeId: "a", distanceM: 10_000 },
      { shoeId: "b", distanceM: 5_000 },
      { shoeId: "a", distanceM: 15_000 },
      { shoeId: "c", distanceM: 2_000 },
      { shoeId: null, distanceM: 8_000 },
    ]);
    expect(result.shares.map((s) => [s.shoeId, s.runs, Math.round(s.share * 100)])).toEqual([
      ["a", 2, 78],
      ["b", 1, 16],
      ["c", 1, 6],
    ]);
    // 6% is a pair kept for the odd run, not one in rotation.
    expect(result.pairsInUse).toBe(2);
    expect(result.totalMeters).toBe(32_000);
    expect(result.withoutShoeMeters).toBe(8_000);
  });

  it("has no pairs in use without runs in shoes", () => {
    expect(rotation([{ shoeId: null, distanceM: 5_000 }])).toEqual({ shares: [], pairsInUse: 0, totalMeters: 0, withoutShoeMeters: 5_000 });
    expect(rotation([])).toMatchObject({ shares: [], pairsInUse: 0 });
  });

  it("counts a pair at exactly the in-use share", () => {
    const result = rotation([{ shoeId: "a", distanceM: 85 }, { shoeId: "b", distanceM: 15 }]);
    expect(result.pairsInUse).toBe(2);
  });
});

describe("wear", () => {
  it("is the share of the retirement distance run", () => {
    expect(wear(400_000, 800_000)).toBe(0.5);
    expect(wear(900_000, 800_000)).toBeCloseTo(1.125);
    expect(wear(10, 0)).toBe(0);
  });
});
