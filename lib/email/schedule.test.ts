import { describe, expect, it } from "vitest";
import { morningEmailDue, weeklyDigestDue } from "./schedule";

const monday = { timezone: "Europe/Copenhagen", weekStartsOn: "monday" } as const;
const sunday = { timezone: "America/New_York", weekStartsOn: "sunday" } as const;
const at = (iso: string) => new Date(iso);

describe("weeklyDigestDue", () => {
  it.each([
    // Copenhagen, Monday after the spring change (30 Mar 2025): CEST, 07:00 local is 05:00 UTC.
    ["2025-03-31T04:59:59Z", false],
    ["2025-03-31T05:00:00Z", true],
    // Monday after the autumn change (26 Oct 2025): CET, 07:00 local is 06:00 UTC.
    ["2025-10-27T05:59:59Z", false],
    ["2025-10-27T06:00:00Z", true],
    // Still due later that day if the server was down at 07:00; not the next day.
    ["2025-10-27T22:59:00Z", true],
    ["2025-10-27T23:00:00Z", false],
    // Sunday is not a Monday-start runner's day.
    ["2025-10-26T09:00:00Z", false],
  ])("Monday start in Copenhagen at %s: due %s", (iso, due) => {
    expect(weeklyDigestDue(at(iso), monday).due).toBe(due);
  });

  it("reviews the week that just ended, with its label", () => {
    expect(weeklyDigestDue(at("2025-03-31T05:00:00Z"), monday)).toEqual({
      due: true,
      weekLabel: "2025-W13",
      previousWeekStart: "2025-03-24",
      today: "2025-03-31",
    });
  });

  it.each([
    // New York springs forward on Sunday 9 Mar 2025 at 02:00: 07:00 EDT that morning is 11:00 UTC.
    ["2025-03-09T10:59:00Z", false],
    ["2025-03-09T11:00:00Z", true],
    // Falls back on Sunday 2 Nov 2025: 07:00 EST is 12:00 UTC.
    ["2025-11-02T11:59:00Z", false],
    ["2025-11-02T12:00:00Z", true],
    // Monday is not a Sunday-start runner's day.
    ["2025-03-10T12:00:00Z", false],
  ])("Sunday start in New York at %s: due %s", (iso, due) => {
    expect(weeklyDigestDue(at(iso), sunday).due).toBe(due);
  });

  it("gives a Sunday-start runner the Sunday-to-Saturday week just ended", () => {
    const schedule = weeklyDigestDue(at("2025-03-09T11:00:00Z"), sunday);
    expect(schedule.previousWeekStart).toBe("2025-03-02");
    // Labelled with the ISO week of its Monday (week-label.ts).
    expect(schedule.weekLabel).toBe("2025-W10");
  });

  it("uses the runner's local date, not UTC: late Sunday in New York is not Monday", () => {
    const newYorkMonday = { timezone: "America/New_York", weekStartsOn: "monday" } as const;
    // 02:00 UTC on Monday is 22:00 on Sunday in New York.
    expect(weeklyDigestDue(at("2025-03-17T02:00:00Z"), newYorkMonday).due).toBe(false);
    expect(weeklyDigestDue(at("2025-03-17T11:00:00Z"), newYorkMonday).due).toBe(true);
  });
});

describe("morningEmailDue", () => {
  it.each([
    // Copenhagen in winter (UTC+1): 07:30 local is 06:30 UTC; due until noon local, 11:00 UTC.
    ["2026-12-01T06:29:59Z", false],
    ["2026-12-01T06:30:00Z", true],
    ["2026-12-01T10:59:59Z", true],
    ["2026-12-01T11:00:00Z", false],
    ["2026-12-01T20:00:00Z", false],
    // And in summer (UTC+2): 07:30 local is 05:30 UTC.
    ["2026-07-01T05:29:00Z", false],
    ["2026-07-01T05:30:00Z", true],
  ])("in Copenhagen at %s: due %s", (iso, due) => {
    expect(morningEmailDue(at(iso), "Europe/Copenhagen").due).toBe(due);
  });

  it("asks on the runner's own date, on either side of the date line", () => {
    // 17:30 UTC on 30 Nov is 07:30 on 1 Dec in Kiritimati (UTC+14) and 07:30 on 30 Nov in Honolulu
    // (UTC-10): the same instant is the morning in both, a day apart.
    const instant = at("2026-11-30T17:30:00Z");
    expect(morningEmailDue(instant, "Pacific/Kiritimati")).toEqual({ due: true, today: "2026-12-01" });
    expect(morningEmailDue(instant, "Pacific/Honolulu")).toEqual({ due: true, today: "2026-11-30" });
    // A minute earlier it is 07:29 in both places.
    expect(morningEmailDue(at("2026-11-30T17:29:00Z"), "Pacific/Kiritimati").due).toBe(false);
    expect(morningEmailDue(at("2026-11-30T17:29:00Z"), "Pacific/Honolulu").due).toBe(false);
    // UTC's own morning is evening in both.
    expect(morningEmailDue(at("2026-12-01T07:30:00Z"), "Pacific/Kiritimati").due).toBe(false);
    expect(morningEmailDue(at("2026-12-01T07:30:00Z"), "Pacific/Honolulu").due).toBe(false);
  });
});
