import { describe, expect, it } from "vitest";
import { zoneFormatter } from "./zone-formatter";

const DAY = { year: "numeric", month: "2-digit", day: "2-digit" } as const;
const CLOCK = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;

describe("zoneFormatter", () => {
  it("builds one formatter per zone and kind, and formats in that zone", () => {
    const copenhagen = zoneFormatter("en-US", DAY, "Europe/Copenhagen");
    expect(zoneFormatter("en-US", DAY, "Europe/Copenhagen")).toBe(copenhagen);
    expect(zoneFormatter("en-US", DAY, "America/New_York")).not.toBe(copenhagen);
    expect(zoneFormatter("en-US", CLOCK, "Europe/Copenhagen")).not.toBe(copenhagen);
    const instant = new Date("2025-01-01T02:30:00Z");
    expect(copenhagen.format(instant)).toBe("01/01/2025");
    expect(zoneFormatter("en-US", DAY, "America/New_York").format(instant)).toBe("12/31/2024");
    expect(zoneFormatter("en-GB", CLOCK, "Europe/Copenhagen").format(instant)).toBe("03:30");
  });

  it("refuses an unknown zone every time, keeping nothing for it", () => {
    expect(() => zoneFormatter("en-US", DAY, "Mars/Olympus")).toThrow(RangeError);
    expect(() => zoneFormatter("en-US", DAY, "Mars/Olympus")).toThrow(RangeError);
  });
});
