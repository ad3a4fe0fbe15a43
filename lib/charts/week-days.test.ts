import { describe, expect, it } from "vitest";
import { weekDayRows } from "./week-days";

describe("weekDayRows", () => {
  it("gives each day its distance and the running total, doubles added up", () => {
    const rows = weekDayRows("2026-11-23", "2026-11-29", [
      { date: "2026-11-24", km: 8 },
      { date: "2026-11-26", km: 5 },
      { date: "2026-11-26", km: 3.25 },
    ], "km");
    expect(rows.map((row) => [row.label, row.distance, row.total])).toEqual([
      ["Mon", 0, 0], ["Tue", 8, 8], ["Wed", 0, 8], ["Thu", 8.3, 16.3], ["Fri", 0, 16.3], ["Sat", 0, 16.3], ["Sun", 0, 16.3],
    ]);
    expect(rows.some((row) => row.future)).toBe(false);
  });

  it("marks the days still to come in a week under way, and converts to miles", () => {
    const rows = weekDayRows("2026-11-30", "2026-12-01", [{ date: "2026-11-30", km: 16.09344 }], "mi");
    expect(rows[0]).toMatchObject({ distance: 10, total: 10, future: false });
    expect(rows.filter((row) => row.future).map((row) => row.date)).toEqual(["2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"]);
  });
});
