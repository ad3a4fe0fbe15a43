import { describe, expect, it } from "vitest";
import { weekStartOf } from "../analysis/dates";
import { DuplicateIndex, duplicateQuery, planActivity } from "./plan";
import type { ParsedActivity } from "./types";

const activity = (fields: Partial<ParsedActivity> = {}): ParsedActivity => ({
  sport: "running",
  runType: "other",
  startInstant: "2025-01-01T23:30:00.000Z",
  distanceKm: 10,
  movingSec: 3000,
  elapsedSec: 3100,
  warnings: [],
  ...fields,
});
const options = { timezone: "Europe/Copenhagen", today: "2025-03-01" };

describe("planActivity", () => {
  it("dates a run by its start in the runner's time zone, not UTC", () => {
    const planned = planActivity("a.fit", activity(), options);
    expect(planned).toMatchObject({ ok: true, value: { date: "2025-01-02", startTime: "00:30", distanceM: 10000, durationSec: 3000, warnings: [] } });
    expect(planActivity("a.fit", activity(), { ...options, timezone: "America/New_York" })).toMatchObject({ value: { date: "2025-01-01", startTime: "18:30" } });
  });

  it("dates a run at the file's own UTC offset when it has one, across a week boundary", () => {
    // Sunday 23:30 in New York (UTC-5) is Monday 04:30 UTC and Monday 05:30 in Copenhagen, the runner's zone.
    const late = activity({ startInstant: "2025-03-03T04:30:00.000Z", utcOffsetMin: -300 });
    const march = { ...options, today: "2025-03-10" };
    const planned = planActivity("late.fit", late, march);
    expect(planned).toMatchObject({ ok: true, value: { date: "2025-03-02", startTime: "23:30" } });
    expect(planned.ok && planned.value.startAt?.toISOString()).toBe("2025-03-03T04:30:00.000Z");
    expect(planned.ok && weekStartOf(planned.value.date, "monday")).toBe("2025-02-24");
    // Without an offset (GPX, TCX: UTC times) the runner's zone decides: Monday, the next week.
    const utcOnly = planActivity("late.gpx", { ...late, utcOffsetMin: undefined }, march);
    expect(utcOnly).toMatchObject({ value: { date: "2025-03-03", startTime: "05:30" } });
    expect(planActivity("late.gpx", { ...late, utcOffsetMin: undefined }, { ...march, timezone: "America/New_York" })).toMatchObject({
      value: { date: "2025-03-02", startTime: "23:30" },
    });
  });

  it("keeps the exact start, to the second, for the duplicate rule", () => {
    const planned = planActivity("a.gpx", activity({ startInstant: "2025-01-01T07:00:12.600Z" }), options);
    expect(planned.ok && planned.value.startAt?.toISOString()).toBe("2025-01-01T07:00:13.000Z");
  });

  it("uses the elapsed time when there is no moving time", () => {
    expect(planActivity("a", activity({ movingSec: undefined }), options)).toMatchObject({ value: { durationSec: 3100 } });
    expect(planActivity("a", activity({ movingSec: 0 }), options)).toMatchObject({ value: { durationSec: 3100 } });
  });

  it("dates a file without times by its own time stamp, or else by the import day, and says so", () => {
    const undated = activity({ startInstant: undefined, movingSec: undefined, elapsedSec: undefined });
    expect(planActivity("a.gpx", { ...undated, fileTime: "2010-12-14T06:17:04.000Z" }, options)).toMatchObject({
      value: { date: "2010-12-14", startAt: undefined, durationSec: undefined, warnings: ["dated 2010-12-14 from the time written in the file"] },
    });
    expect(planActivity("a.gpx", undated, options)).toMatchObject({
      value: { date: "2025-03-01", warnings: ["the file has no date, so the run is dated today, 2025-03-01: edit it if that is wrong"] },
    });
  });

  it.each<[string, Partial<ParsedActivity>, string]>([
    ["no distance", { distanceKm: 0 }, "no distance recorded (the track has no points that moved)"],
    ["a pace no runner can hold", { distanceKm: 10, movingSec: 600 }, "durationSec: That is faster than 2:00 per km: check the distance and the time"],
    ["a date in the future", { startInstant: "2025-03-05T08:00:00Z" }, "date: The date cannot be later than tomorrow"],
  ])("rejects %s with the run form's own message", (_name, fields, reason) => {
    expect(planActivity("a", activity(fields), options)).toEqual({ ok: false, reason });
  });
});

describe("DuplicateIndex: the same start within 60 s and distance within 2%, or the same source id", () => {
  const existing = { id: "run-1", startAt: new Date("2025-01-01T07:00:00Z"), distanceM: 10000, sourceId: "strava:42" };
  const index = new DuplicateIndex([existing]);
  const at = (offsetSec: number) => new Date(Date.parse("2025-01-01T07:00:00Z") + offsetSec * 1000);

  it.each<[string, { startAt?: Date; distanceM: number; sourceId?: string; id?: string }, boolean]>([
    ["the same run", { startAt: at(0), distanceM: 10000 }, true],
    ["59 s later and 1.9% longer", { startAt: at(59), distanceM: 10190 }, true],
    ["60 s earlier, across a minute boundary", { startAt: at(-60), distanceM: 9900 }, true],
    ["61 s later", { startAt: at(61), distanceM: 10000 }, false],
    ["the same start but 2.5% shorter", { startAt: at(0), distanceM: 9750 }, false],
    ["another start with the same source id", { startAt: at(3600), distanceM: 5000, sourceId: "strava:42" }, true],
    ["a log run named by this account's run id", { distanceM: 3000, id: "run-1" }, true],
    ["a run without a start or ids", { distanceM: 10000 }, false],
  ])("%s: %s", (_name, run, duplicate) => {
    expect(index.has(run)).toBe(duplicate);
  });

  it("asks the database for the window around the file's starts and its source ids", () => {
    expect(duplicateQuery([{ startAt: at(0), sourceId: "strava:1" }, { startAt: at(3600) }, {}])).toEqual({
      from: at(-60),
      to: at(3660),
      sourceIds: ["strava:1"],
    });
  });
});
