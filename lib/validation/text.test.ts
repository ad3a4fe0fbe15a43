import { describe, expect, it } from "vitest";
import { ShoeInputSchema } from "./shoe";
import { makeRunInputSchema } from "./run";
import { SignUpSchema } from "./account";
import { StridewiseLogSchema } from "../log-format";
import { isWellFormed, isWellFormedJson, NOT_WELL_FORMED } from "./text";

const LONE = "a\ud800b";

describe("text that is not well-formed Unicode is refused", () => {
  it("tells a lone surrogate from a pair", () => {
    expect(isWellFormed("a\ud83c\udfc3b")).toBe(true);
    expect(isWellFormed(LONE)).toBe(false);
    expect(isWellFormed("\udc00")).toBe(false);
    expect(isWellFormedJson({ runs: [{ notes: "fine" }], "k\ud800": 1 })).toBe(false);
    expect(isWellFormedJson(JSON.parse('{"notes":["\\ud800"]}'))).toBe(false);
    expect(isWellFormedJson({ runs: [{ notes: "🏃 fine" }] })).toBe(true);
  });

  it("in a run's notes, a shoe's name and an email", () => {
    const run = makeRunInputSchema("2025-01-10").safeParse({ date: "2025-01-07", distanceKm: 5, notes: LONE });
    expect(run.success ? [] : run.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["notes", NOT_WELL_FORMED]]);
    expect(ShoeInputSchema.safeParse({ name: LONE }).success).toBe(false);
    expect(SignUpSchema.safeParse({ email: `x${LONE}@example.com`, password: "long-enough-pw", timezone: "UTC" }).success).toBe(false);
  });

  it("in a stridewise-log's notes, names and ids", () => {
    const log = (run: Record<string, unknown>, shoe: Record<string, unknown> = {}) => ({
      format: "stridewise-log",
      version: 1,
      shoes: [{ id: "s1", name: "Pegasus", ...shoe }],
      runs: [{ id: "r1", date: "2025-01-07", distanceKm: 6, ...run }],
    });
    for (const parts of [[{ notes: LONE }], [{ id: LONE }], [{}, { name: LONE }]]) {
      const parsed = StridewiseLogSchema.safeParse(log(parts[0]!, parts[1]));
      expect(parsed.success ? "" : parsed.error.issues[0]!.message).toBe("must be well-formed Unicode text (it has a lone surrogate)");
    }
  });
});
