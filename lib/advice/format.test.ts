import { describe, expect, it } from "vitest";
import { describeFlags, formatDistance, formatLocationKey, joinWords, weekdayOf } from "./format";

describe("formatLocationKey", () => {
  it.each([
    ["knee_left", "left knee"],
    ["it_band_right", "right IT band"],
    ["back_none", "back"],
    ["knee_both", "both knees"],
    ["foot_both", "both feet"],
    ["achilles_right", "right Achilles"],
    ["hamstring_none", "hamstring"],
    ["other_none", "other area"],
    ["other_left", "other area (left)"],
    ["elbow_left", "elbow (left)"],
    ["knee", "knee"],
    ["", ""],
  ])("%s -> %s", (key, words) => {
    expect(formatLocationKey(key)).toBe(words);
  });
});

describe("formatDistance", () => {
  it.each<[number, "km" | "mi", string]>([
    [16, "km", "16 km"],
    [12.46, "km", "12.5 km"],
    [16, "mi", "9.9 mi"],
    [16.09344, "mi", "10 mi"],
    [0, "mi", "0 mi"],
  ])("%s in %s -> %s", (km, units, text) => {
    expect(formatDistance(km, units)).toBe(text);
  });
});

describe("weekdayOf", () => {
  it("reads the weekday of the calendar date, whatever the machine's time zone", () => {
    expect(weekdayOf("2025-02-23")).toBe("Sunday");
    expect(weekdayOf("2024-02-29")).toBe("Thursday");
    expect(weekdayOf("23/02/2025")).toBeUndefined();
  });
});

describe("flags and lists", () => {
  it("words the analyser's flag names", () => {
    expect(describeFlags("restPain, nightPain,boneTenderness,someNewFlag")).toEqual([
      "pain at rest",
      "pain at night",
      "a tender spot on the bone",
      "some new flag",
    ]);
    expect(joinWords(["a"])).toBe("a");
    expect(joinWords(["a", "b", "c"])).toBe("a, b and c");
  });
});
