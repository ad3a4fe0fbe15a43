import { describe, expect, it } from "vitest";
import {
  distanceFieldValue,
  formatDistance,
  formatDuration,
  formatPace,
  parseDuration,
  unitToMeters,
} from "./units";

describe("parseDuration", () => {
  it.each([
    ["33:00", 1980],
    ["1:02:05", 3725],
    ["5:07", 307],
    [" 0:45:00 ", 2700],
    ["100:00", 6000],
    ["4530", 2730],
    ["10205", 3725],
  ])("reads %s as %i seconds", (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(["", "33", "1:60:00", "12:61", "abc", "1:2:3", "-5:00", "4590"])("rejects %j", (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe("formatting", () => {
  it("formats durations with hours only when needed", () => {
    expect(formatDuration(1980)).toBe("33:00");
    expect(formatDuration(3725)).toBe("1:02:05");
  });

  it("shows a 10 km run in 50 minutes as 5:00 /km and 8:03 /mi", () => {
    expect(formatPace(10000, 3000, "km")).toBe("5:00 /km");
    expect(formatPace(10000, 3000, "mi")).toBe("8:03 /mi");
  });

  it("converts distances both ways", () => {
    expect(formatDistance(16000, "km")).toBe("16 km");
    expect(formatDistance(16000, "mi")).toBe("9.9 mi");
    expect(unitToMeters(6.2, "mi")).toBe(9978);
  });

  it("writes run distances without trailing zeros, so 6.5 km sits beside 10 km, not 6.50 km", () => {
    expect(formatDistance(6500, "km", 2)).toBe("6.5 km");
    expect(formatDistance(10000, "km", 2)).toBe("10 km");
    expect(formatDistance(5000, "mi", 2)).toBe("3.11 mi");
    expect(distanceFieldValue(6500, "km")).toBe("6.5");
  });

  it("has no pace without a duration", () => {
    expect(formatPace(5000, 0, "km")).toBeNull();
  });
});
