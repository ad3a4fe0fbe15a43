import { describe, expect, it } from "vitest";
import { addDays } from "./dates";
import { weekLabelOf, weekStartFromLabel } from "./week-label";

describe("week labels (YYYY-Www)", () => {
  it.each([
    // [a date, the Monday-start label, the Sunday-start label]
    ["2025-02-17", "2025-W08", "2025-W08"], // a Monday
    ["2025-02-23", "2025-W08", "2025-W09"], // a Sunday starts the next Sunday-week, labelled by its Monday 02-24
    ["2025-02-22", "2025-W08", "2025-W08"], // a Saturday ends the Sunday-week of 02-16 .. 02-22
    ["2024-12-30", "2025-W01", "2025-W01"], // ISO week 1 of 2025 starts in December 2024
    ["2027-01-01", "2026-W53", "2026-W53"], // 2026 has 53 ISO weeks; 1 Jan 2027 is in its last
    ["2021-01-03", "2020-W53", "2021-W01"], // a Sunday: the Sunday-week 01-03 .. 01-09 holds Monday 01-04
  ])("%s is in %s for Monday-start and %s for Sunday-start runners", (date, monday, sunday) => {
    expect(weekLabelOf(date, "monday")).toBe(monday);
    expect(weekLabelOf(date, "sunday")).toBe(sunday);
  });

  it.each([
    ["2025-W08", "monday", "2025-02-17"],
    ["2025-W08", "sunday", "2025-02-16"],
    ["2025-W01", "monday", "2024-12-30"],
    ["2026-W53", "monday", "2026-12-28"],
    ["2026-W53", "sunday", "2026-12-27"],
  ] as const)("%s starts (%s) on %s", (label, weekStartsOn, start) => {
    expect(weekStartFromLabel(label, weekStartsOn)).toBe(start);
  });

  it.each(["2025-W00", "2025-W53", "2025-W54", "2025-8", "2025-w08", "25-W08", "2025-W08x", " 2025-W08", ""])(
    "refuses %j",
    (label) => {
      expect(weekStartFromLabel(label, "monday")).toBeNull();
    },
  );

  it("round-trips every week of four years for both week starts", () => {
    for (const weekStartsOn of ["monday", "sunday"] as const) {
      let start = weekStartsOn === "monday" ? "2023-01-02" : "2023-01-01";
      for (let i = 0; i < 4 * 53; i++) {
        const label = weekLabelOf(start, weekStartsOn);
        expect(weekStartFromLabel(label, weekStartsOn)).toBe(start);
        // Consecutive weeks never share a label.
        expect(weekLabelOf(addDays(start, 7), weekStartsOn)).not.toBe(label);
        start = addDays(start, 7);
      }
    }
  });
});
