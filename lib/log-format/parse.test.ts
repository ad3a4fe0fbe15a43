import { describe, expect, it } from "vitest";
import { formatIssuePath, parseStridewiseLog, toTrainingLog } from "./parse";
import { exampleLog } from "./test-logs";

type Json = Record<string, unknown>;

const NO_FLAGS = { restPain: false, nightPain: false, swelling: false, limping: false, worseDuringRun: false, boneTenderness: false };

/** The example log with one change applied, to show exactly which field a message is about. */
function exampleWith(change: (log: Json & { runs: Json[]; shoes: Json[]; athlete: Json; painDays: Json[] }) => void) {
  const log = exampleLog() as Json & { runs: Json[]; shoes: Json[]; athlete: Json; painDays: Json[] };
  const run = log.runs[0]!;
  log.runs.push({ ...run, id: "r-2", pain: [] }, { ...run, id: "r-3", pain: [] });
  change(log);
  return log;
}

function errorOf(json: unknown): string {
  const result = parseStridewiseLog(json);
  if (result.ok) throw new Error("expected the log to be rejected");
  return result.error;
}

describe("parseStridewiseLog", () => {
  it("accepts the example from LOG-FORMAT.md as written", () => {
    const result = parseStridewiseLog(exampleLog());
    // The example leaves the rest-day entry's red flags out; they default to false.
    const expected = exampleLog() as Json & { painDays: Json[] };
    expected.painDays = [{ ...expected.painDays[0], ...NO_FLAGS }];
    expect(result).toEqual({ ok: true, log: expected });
  });

  it("fills in every documented default", () => {
    const result = parseStridewiseLog({
      format: "stridewise-log",
      version: 1,
      shoes: [{ id: "s" }],
      runs: [{ id: "r", date: "2025-01-07", distanceKm: 5, pain: [{ location: "shin", side: "right", score: 4 }] }],
      painDays: [{ date: "2025-01-08", location: "back", side: "none", score: 1 }],
    });
    expect(result).toEqual({
      ok: true,
      log: {
        format: "stridewise-log",
        version: 1,
        athlete: { timezone: "UTC", weekStartsOn: "monday", units: "km" },
        shoes: [{ id: "s", startKm: 0, retireKm: 800, retired: false }],
        runs: [
          {
            id: "r",
            date: "2025-01-07",
            distanceKm: 5,
            type: "other",
            pain: [{ location: "shin", side: "right", score: 4, timing: "during", ...NO_FLAGS }],
          },
        ],
        painDays: [{ date: "2025-01-08", location: "back", side: "none", score: 1, timing: "during", ...NO_FLAGS }],
      },
    });
  });

  it("treats an empty log as valid: no shoes, no runs, no pain days", () => {
    const result = parseStridewiseLog({ format: "stridewise-log", version: 1 });
    expect(result.ok && [result.log.shoes, result.log.runs, result.log.painDays]).toEqual([[], [], []]);
  });

  it("ignores fields it does not know, at every level", () => {
    const log = exampleWith((l) => {
      l.exportedAt = "2025-03-01T10:00:00Z";
      l.athlete.name = "Ana";
      l.runs[0]!.heartRate = 150;
      (l.runs[0]!.pain as Json[])[0]!.note = "sharp";
      l.shoes[0]!.brand = "Nike";
    });
    const result = parseStridewiseLog(log);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.log).not.toHaveProperty("exportedAt");
    expect(result.log.athlete).not.toHaveProperty("name");
    expect(result.log.runs[0]).not.toHaveProperty("heartRate");
    expect(result.log.runs[0]?.pain[0]).not.toHaveProperty("note");
    expect(result.log.shoes[0]).not.toHaveProperty("brand");
  });

  it.each<[string, unknown, string]>([
    ["a document that is not an object", [], "log: must be a JSON object"],
    ["another format", exampleWith((l) => (l.format = "garmin")), 'format: must be "stridewise-log"'],
    ["another version", exampleWith((l) => (l.version = 2)), "version: must be 1"],
    ["a missing version", exampleWith((l) => delete l.version), "version: is required"],
    ["an unknown time zone", exampleWith((l) => (l.athlete.timezone = "Mars/Olympus")), "athlete.timezone: must be an IANA time zone such as Europe/Copenhagen"],
    ["an offset as the time zone", exampleWith((l) => (l.athlete.timezone = "+01:00")), "athlete.timezone: must be an IANA time zone such as Europe/Copenhagen"],
    ["a week starting on Tuesday", exampleWith((l) => (l.athlete.weekStartsOn = "tuesday")), 'athlete.weekStartsOn: must be "monday" or "sunday"'],
    ["units in feet", exampleWith((l) => (l.athlete.units = "ft")), 'athlete.units: must be "km" or "mi"'],
    ["shoes that are not a list", exampleWith((l) => (l.shoes = {} as unknown as Json[])), "shoes: must be a list"],
    ["a repeated shoe id", exampleWith((l) => l.shoes.push({ id: "shoe-a" })), "shoes[1].id: must be unique (shoes[0] has the same id)"],
    ["an empty shoe id", exampleWith((l) => (l.shoes[0]!.id = "")), "shoes[0].id: must be a non-empty string of at most 200 characters"],
    ["a negative starting distance", exampleWith((l) => (l.shoes[0]!.startKm = -1)), "shoes[0].startKm: must be a number of at least 0"],
    ["a zero retirement distance", exampleWith((l) => (l.shoes[0]!.retireKm = 0)), "shoes[0].retireKm: must be a number greater than 0"],
    ["a retired flag as text", exampleWith((l) => (l.shoes[0]!.retired = "no")), "shoes[0].retired: must be true or false"],
    ["a zero distance", exampleWith((l) => (l.runs[2]!.distanceKm = 0)), "runs[2].distanceKm: must be a number between 0 and 1000"],
    ["a distance over 1000 km", exampleWith((l) => (l.runs[1]!.distanceKm = 1000.1)), "runs[1].distanceKm: must be a number between 0 and 1000"],
    ["a distance as text", exampleWith((l) => (l.runs[1]!.distanceKm = "6")), "runs[1].distanceKm: must be a number between 0 and 1000"],
    ["a missing distance", exampleWith((l) => delete l.runs[2]!.distanceKm), "runs[2].distanceKm: is required"],
    ["a missing run id", exampleWith((l) => delete l.runs[1]!.id), "runs[1].id: is required"],
    ["a repeated run id", exampleWith((l) => (l.runs[2]!.id = "r-2")), "runs[2].id: must be unique (runs[1] has the same id)"],
    ["the 29th of February in a common year", exampleWith((l) => (l.runs[1]!.date = "2025-02-29")), "runs[1].date: must be a calendar date written YYYY-MM-DD"],
    ["a date without leading zeros", exampleWith((l) => (l.runs[0]!.date = "2025-1-7")), "runs[0].date: must be a calendar date written YYYY-MM-DD"],
    ["a start without an offset", exampleWith((l) => (l.runs[1]!.start = "2025-01-07T06:30:00")), "runs[1].start: must be an ISO 8601 date and time with an offset, e.g. 2025-01-07T06:30:00+01:00"],
    ["a fractional duration", exampleWith((l) => (l.runs[2]!.durationSec = 1980.5)), "runs[2].durationSec: must be a whole number of seconds greater than 0"],
    ["a zero duration", exampleWith((l) => (l.runs[2]!.durationSec = 0)), "runs[2].durationSec: must be a whole number of seconds greater than 0"],
    ["an effort of 11", exampleWith((l) => (l.runs[1]!.rpe = 11)), "runs[1].rpe: must be a whole number from 1 to 10"],
    ["an effort of 4.5", exampleWith((l) => (l.runs[1]!.rpe = 4.5)), "runs[1].rpe: must be a whole number from 1 to 10"],
    ["an unknown run type", exampleWith((l) => (l.runs[0]!.type = "jog")), "runs[0].type: must be one of easy, long, tempo, intervals, race, recovery, trail, treadmill, other"],
    ["a shoe that is not in the file", exampleWith((l) => (l.runs[2]!.shoeId = "shoe-b")), 'runs[2].shoeId: must be the id of a shoe in shoes (there is no shoe "shoe-b")'],
    ["notes over 2000 characters", exampleWith((l) => (l.runs[1]!.notes = "x".repeat(2001))), "runs[1].notes: must be text of at most 2000 characters"],
    ["a pain score of 11", exampleWith((l) => ((l.runs[0]!.pain as Json[])[0]!.score = 11)), "runs[0].pain[0].score: must be a number from 0 to 10"],
    ["a pain with no score", exampleWith((l) => delete (l.runs[0]!.pain as Json[])[0]!.score), "runs[0].pain[0].score: is required"],
    ["an unknown pain location", exampleWith((l) => ((l.runs[0]!.pain as Json[])[0]!.location = "elbow")), "runs[0].pain[0].location: must be one of knee, shin, achilles, calf, foot, ankle, hip, hamstring, quad, it_band, back, other"],
    ["an unknown side", exampleWith((l) => ((l.runs[0]!.pain as Json[])[0]!.side = "front")), "runs[0].pain[0].side: must be one of left, right, both, none"],
    ["an unknown timing", exampleWith((l) => ((l.runs[0]!.pain as Json[])[0]!.timing = "later")), "runs[0].pain[0].timing: must be one of before, during, after, next_morning"],
    ["a red flag as text", exampleWith((l) => ((l.runs[0]!.pain as Json[])[0]!.swelling = "yes")), "runs[0].pain[0].swelling: must be true or false"],
    ["a rest-day pain with a bad date", exampleWith((l) => (l.painDays[0]!.date = "08/01/2025")), "painDays[0].date: must be a calendar date written YYYY-MM-DD"],
  ])("rejects %s with a one-line message naming the field", (_name, json, message) => {
    const error = errorOf(json);
    expect(error).toBe(message);
    expect(error).not.toContain("\n");
  });

  it("reports only the first problem, in document order", () => {
    const log = exampleWith((l) => {
      l.runs[1]!.distanceKm = -1;
      l.runs[2]!.rpe = 0;
    });
    expect(errorOf(log)).toBe("runs[1].distanceKm: must be a number between 0 and 1000");
  });

  it("keeps a message on one line even when a file's id has a line break in it", () => {
    expect(errorOf(exampleWith((l) => (l.runs[0]!.shoeId = "a\nb")))).toBe(
      'runs[0].shoeId: must be the id of a shoe in shoes (there is no shoe "a\\nb")',
    );
  });
});

describe("formatIssuePath", () => {
  it("writes indices in brackets and fields with dots", () => {
    expect(formatIssuePath(["runs", 12, "pain", 0, "score"])).toBe("runs[12].pain[0].score");
    expect(formatIssuePath([])).toBe("log");
  });
});

describe("toTrainingLog", () => {
  it("gives the analyser distances, dates, pain and shoes", () => {
    const result = parseStridewiseLog(exampleLog());
    if (!result.ok) throw new Error(result.error);
    const training = toTrainingLog(result.log);
    expect(training.weekStartsOn).toBe("monday");
    expect(training.runs).toEqual([
      { id: "r-2025-01-07", date: "2025-01-07", km: 6, shoeId: "shoe-a", pain: [expect.objectContaining({ location: "knee", side: "left", score: 3 })] },
    ]);
    expect(training.painDays).toEqual([expect.objectContaining({ date: "2025-01-08", score: 2, timing: "next_morning" })]);
    expect(training.shoes).toEqual([{ id: "shoe-a", startKm: 590, retireKm: 800, retired: false }]);
  });

  it("marks a run without a shoe with null", () => {
    const result = parseStridewiseLog({ format: "stridewise-log", version: 1, athlete: { weekStartsOn: "sunday" }, runs: [{ id: "r", date: "2025-01-07", distanceKm: 3 }] });
    if (!result.ok) throw new Error(result.error);
    expect(toTrainingLog(result.log)).toMatchObject({ weekStartsOn: "sunday", runs: [{ shoeId: null, pain: [] }] });
  });
});
