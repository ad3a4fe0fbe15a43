import { describe, expect, it } from "vitest";
import { parseRunForm } from "./run-form";

const today = "2026-11-25";
const base = { date: "2026-11-24", distance: "10", duration: "50:00", type: "easy" };

function errorsOf(values: Record<string, unknown>, units: "km" | "mi" = "km") {
  const result = parseRunForm({ ...base, ...values }, { today, units });
  return result.ok ? {} : result.fieldErrors;
}

describe("parseRunForm", () => {
  it("turns a valid form into canonical km and seconds", () => {
    const result = parseRunForm(
      { ...base, distance: "6,2", duration: "1:02:05", rpe: "4", notes: "windy" },
      { today, units: "km" },
    );
    expect(result).toEqual({
      ok: true,
      data: expect.objectContaining({ distanceKm: 6.2, durationSec: 3725, rpe: 4, notes: "windy" }),
    });
  });

  it("reads miles as miles", () => {
    const result = parseRunForm({ ...base, distance: "10", duration: "" }, { today, units: "mi" });
    expect(result.ok && result.data.distanceKm).toBeCloseTo(16.093, 3);
  });

  it.each([
    [{ distance: "" }, "distance", "Enter the distance"],
    [{ distance: "-3" }, "distance", "more than 0"],
    [{ distance: "1001" }, "distance", "at most 1000"],
    [{ distance: "ten" }, "distance", "as a number"],
    [{ duration: "50" }, "duration", "h:mm:ss"],
    [{ distance: "10", duration: "19:59" }, "duration", "faster than 2:00 per km"],
    [{ date: "2026-11-27" }, "date", "later than tomorrow"],
    [{ date: "2026-02-30" }, "date", "YYYY-MM-DD"],
    [{ date: "" }, "date", "Enter the date"],
    [{ date: "1926-11-19" }, "date", "cannot be before 1970: check the year"],
    [{ date: "1969-12-31" }, "date", "cannot be before 1970"],
    [{ rpe: "11" }, "rpe", "1 to 10"],
    [{ notes: "x".repeat(2001) }, "notes", "2000"],
    [{ pain: [{ location: "knee", side: "left", score: "11" }] }, "pain.0.score", "between 0 and 10"],
    [{ pain: [{ location: "elbow", side: "left", score: "3" }] }, "pain.0.location", "where it hurts"],
  ])("rejects %j on %s", (values, field, message) => {
    expect(errorsOf(values)[field]).toContain(message);
  });

  it("keeps an edited run's stored distance when its field comes back unchanged, in miles or km", () => {
    const tenKm = { distanceM: 10_000 };
    const unchanged = parseRunForm({ ...base, distance: "6.21", duration: "" }, { today, units: "mi", stored: tenKm });
    expect(unchanged.ok && unchanged.data.distanceKm).toBe(10);
    const oddMetres = { distanceM: 10_004 };
    const km = parseRunForm({ ...base, distance: "10", duration: "" }, { today, units: "km", stored: oddMetres });
    expect(km.ok && km.data.distanceKm).toBe(10.004);
    // A changed field is read as typed.
    const changed = parseRunForm({ ...base, distance: "6.2", duration: "" }, { today, units: "mi", stored: tenKm });
    expect(changed.ok && changed.data.distanceKm).toBeCloseTo(9.978, 3);
  });

  it("accepts the first day of 1970, the earliest date a run can have", () => {
    expect(errorsOf({ date: "1970-01-01" })).toEqual({});
  });

  it("accepts tomorrow (a run logged the evening before, across time zones)", () => {
    expect(errorsOf({ date: "2026-11-26" })).toEqual({});
  });

  it("accepts exactly 2:00 per km", () => {
    expect(errorsOf({ distance: "10", duration: "20:00" })).toEqual({});
  });
});
