import { describe, expect, it } from "vitest";
import {
  addDays,
  dayOfWeek,
  daysBetween,
  fromEpochDay,
  localDateOf,
  toEpochDay,
  weekStartOf,
} from "./dates";

describe("local dates as epoch days", () => {
  it.each([
    ["1970-01-01", 0],
    ["1970-01-02", 1],
    ["1969-12-31", -1],
    ["2000-02-29", 11016],
    ["2025-01-07", 20095],
    ["0001-01-01", -719162],
  ])("%s is epoch day %i and back", (date, day) => {
    expect(toEpochDay(date)).toBe(day);
    expect(fromEpochDay(day)).toBe(date);
  });

  it.each(["2025-02-29", "2025-13-01", "2025-00-10", "2025-1-07", "20250107", "2025-01-32", "", "abcd-ef-gh"])(
    "rejects %j",
    (text) => {
      expect(() => toEpochDay(text)).toThrow(RangeError);
    },
  );

  it("knows 1970-01-01 was a Thursday and 2025-01-05 a Sunday", () => {
    expect(dayOfWeek(0)).toBe(4);
    expect(dayOfWeek(toEpochDay("2025-01-05"))).toBe(0);
    expect(dayOfWeek(toEpochDay("1969-12-28"))).toBe(0);
  });
});

describe("addDays and daysBetween", () => {
  it.each([
    ["2025-01-07", 0, "2025-01-07"],
    ["2025-01-31", 1, "2025-02-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2025-02-28", 1, "2025-03-01"],
    ["2025-01-01", -1, "2024-12-31"],
    ["2025-03-30", 14, "2025-04-13"],
  ])("%s + %i days = %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it("counts calendar days across a daylight-saving change (no 23-hour days)", () => {
    expect(daysBetween("2025-03-29", "2025-03-31")).toBe(2);
    expect(daysBetween("2025-10-25", "2025-10-27")).toBe(2);
  });
});

describe("weekStartOf", () => {
  it.each([
    // 2025-01-06 is a Monday, 2025-01-05 a Sunday.
    ["2025-01-06", "monday", "2025-01-06"],
    ["2025-01-12", "monday", "2025-01-06"],
    ["2025-01-05", "monday", "2024-12-30"],
    ["2025-01-05", "sunday", "2025-01-05"],
    ["2025-01-11", "sunday", "2025-01-05"],
    ["2025-01-12", "sunday", "2025-01-12"],
    ["1970-01-01", "monday", "1969-12-29"],
    ["1970-01-01", "sunday", "1969-12-28"],
  ] as const)("the week of %s starting on %s begins %s", (date, weekStartsOn, expected) => {
    expect(weekStartOf(date, weekStartsOn)).toBe(expected);
  });
});

describe("localDateOf", () => {
  it.each([
    // Auckland is UTC+13 in January: late evening UTC is already the next day there.
    ["2025-01-07T23:30:00Z", "Pacific/Auckland", "2025-01-08"],
    ["2025-01-07T23:30:00Z", "UTC", "2025-01-07"],
    // Los Angeles is UTC-8: a morning UTC instant is still the previous evening.
    ["2025-01-08T06:30:00Z", "America/Los_Angeles", "2025-01-07"],
    ["2025-01-08T08:30:00Z", "America/Los_Angeles", "2025-01-08"],
    // An offset in the instant does not matter, only the runner's zone does.
    ["2025-01-07T06:30:00+01:00", "Europe/Copenhagen", "2025-01-07"],
    ["2025-01-07T00:30:00+01:00", "UTC", "2025-01-06"],
  ])("%s in %s is %s", (instant, timeZone, expected) => {
    expect(localDateOf(instant, timeZone)).toBe(expected);
    expect(localDateOf(new Date(instant), timeZone)).toBe(expected);
  });

  it("rejects an unknown time zone and an unreadable instant", () => {
    expect(() => localDateOf("2025-01-07T10:00:00Z", "Mars/Olympus_Mons")).toThrow(RangeError);
    expect(() => localDateOf("yesterday", "UTC")).toThrow(RangeError);
  });
});
