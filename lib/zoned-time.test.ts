import { describe, expect, it } from "vitest";
import { wallClockTime, zonedTimeToInstant } from "./zoned-time";

describe("zonedTimeToInstant", () => {
  it("puts a Copenhagen winter morning one hour before UTC", () => {
    expect(zonedTimeToInstant("2025-01-07", "06:30", "Europe/Copenhagen").toISOString()).toBe(
      "2025-01-07T05:30:00.000Z",
    );
  });

  it("follows summer time", () => {
    expect(zonedTimeToInstant("2025-07-07", "06:30", "Europe/Copenhagen").toISOString()).toBe(
      "2025-07-07T04:30:00.000Z",
    );
  });

  it("lands on the previous UTC day for an Auckland morning", () => {
    expect(zonedTimeToInstant("2025-01-08", "07:00", "Pacific/Auckland").toISOString()).toBe(
      "2025-01-07T18:00:00.000Z",
    );
  });

  it("round-trips through wallClockTime", () => {
    const instant = zonedTimeToInstant("2025-03-30", "18:45", "America/Los_Angeles");
    expect(wallClockTime(instant, "America/Los_Angeles")).toBe("18:45");
  });
});
