import { describe, expect, it } from "vitest";
import { readCsvRecords } from "./csv-records";
import { parseDuration, parseSimpleCsv } from "./csv";
import type { StridewiseLog } from "./schema";

const HEADER = "date,distance_km,duration,rpe,pain,pain_location,pain_side,shoe,notes";

function logOf(text: string): StridewiseLog {
  const result = parseSimpleCsv(text);
  if (!result.ok) throw new Error(result.error);
  return result.log;
}

function errorOf(text: string): string {
  const result = parseSimpleCsv(text);
  if (result.ok) throw new Error("expected the CSV to be rejected");
  return result.error;
}

describe("parseSimpleCsv", () => {
  it("reads every column into a stridewise-log with the documented defaults", () => {
    const log = logOf(`${HEADER}\n2025-01-07,6.0,33:00,4,3,knee,left,Pegasus 40,windy\n`);
    expect(log.athlete).toEqual({ timezone: "UTC", weekStartsOn: "monday", units: "km" });
    expect(log.shoes).toEqual([{ id: "shoe-1", name: "Pegasus 40", startKm: 0, retireKm: 800, retired: false }]);
    expect(log.runs).toEqual([
      {
        id: "r-2",
        date: "2025-01-07",
        distanceKm: 6,
        durationSec: 1980,
        rpe: 4,
        type: "other",
        shoeId: "shoe-1",
        notes: "windy",
        pain: [expect.objectContaining({ location: "knee", side: "left", score: 3, timing: "during", swelling: false })],
      },
    ]);
  });

  it("needs only date and distance_km, in any order", () => {
    const log = logOf("distance_km,date\n5,2025-01-07\n7.5,2025-01-09");
    expect(log.runs.map((run) => [run.id, run.date, run.distanceKm, run.pain])).toEqual([
      ["r-2", "2025-01-07", 5, []],
      ["r-3", "2025-01-09", 7.5, []],
    ]);
  });

  it("handles RFC 4180 quoting: commas, doubled quotes and line breaks inside a field, CRLF between rows", () => {
    const text = `date,distance_km,notes\r\n2025-01-07,6,"windy, cold"\r\n2025-01-08,5,"said ""ouch"" at 3 km"\r\n2025-01-09,4,"two\r\nlines"\r\n2025-01-10,3,""\r\n`;
    const log = logOf(text);
    expect(log.runs.map((run) => run.notes)).toEqual(["windy, cold", 'said "ouch" at 3 km', "two\nlines", undefined]);
    // The quoted line break makes the last run start on line 6, and its id follows the line.
    expect(log.runs.map((run) => run.id)).toEqual(["r-2", "r-3", "r-4", "r-6"]);
  });

  it("strips a UTF-8 byte order mark before the header", () => {
    expect(logOf("\uFEFFdate,distance_km\n2025-01-07,6").runs).toHaveLength(1);
  });

  it("skips blank lines", () => {
    expect(logOf("date,distance_km\n\n2025-01-07,6\n\n").runs).toHaveLength(1);
  });

  it("creates one shoe per distinct name, in order of first use", () => {
    const log = logOf("date,distance_km,shoe\n2025-01-07,6,Pegasus\n2025-01-08,5,Clifton\n2025-01-09,4, Pegasus \n2025-01-10,3,");
    expect(log.shoes.map((shoe) => [shoe.id, shoe.name])).toEqual([
      ["shoe-1", "Pegasus"],
      ["shoe-2", "Clifton"],
    ]);
    expect(log.runs.map((run) => run.shoeId)).toEqual(["shoe-1", "shoe-2", "shoe-1", undefined]);
  });

  it("defaults the pain location to other and the side to none, and accepts readable spellings", () => {
    const log = logOf("date,distance_km,pain,pain_location,pain_side\n2025-01-07,6,2,,\n2025-01-08,6,4,IT band,Right");
    expect(log.runs.map((run) => run.pain.map((p) => [p.location, p.side, p.score]))).toEqual([
      [["other", "none", 2]],
      [["it_band", "right", 4]],
    ]);
  });

  it.each<[string, string, string]>([
    ["a distance that is not a number", "date,distance_km\n2025-01-07,6\n2025-01-08,6km", "row 2 (line 3).distance_km: must be a number between 0 and 1000"],
    ["a distance over 1000", "date,distance_km\n2025-01-07,1001", "row 1 (line 2).distance_km: must be a number between 0 and 1000"],
    ["a missing distance", "date,distance_km\n2025-01-07,", "row 1 (line 2).distance_km: is required"],
    ["an impossible date", "distance_km,date\n5,2025-02-30", "row 1 (line 2).date: must be a calendar date written YYYY-MM-DD"],
    ["a bad duration", "date,distance_km,duration\n2025-01-07,6,33m", "row 1 (line 2).duration: must be a duration such as 1:05:30, 33:00 or 1980 (seconds)"],
    ["a zero duration", "date,distance_km,duration\n2025-01-07,6,0:00", "row 1 (line 2).duration: must be a duration such as 1:05:30, 33:00 or 1980 (seconds)"],
    ["an effort of 11", "date,distance_km,rpe\n2025-01-07,6,11", "row 1 (line 2).rpe: must be a whole number from 1 to 10"],
    ["a pain score of 12", "date,distance_km,pain\n2025-01-07,6,12", "row 1 (line 2).pain: must be a number from 0 to 10"],
    ["an unknown pain location", "date,distance_km,pain,pain_location\n2025-01-07,6,3,elbow", "row 1 (line 2).pain_location: must be one of knee, shin, achilles, calf, foot, ankle, hip, hamstring, quad, it_band, back, other"],
    ["a location without a score", "date,distance_km,pain,pain_location\n2025-01-07,6,,knee", "row 1 (line 2).pain: is required when pain_location or pain_side is given"],
    ["notes over 2000 characters", `date,distance_km,notes\n2025-01-07,6,${"x".repeat(2001)}`, "row 1 (line 2).notes: must be text of at most 2000 characters"],
    ["an unquoted comma in the notes", "date,distance_km,notes\n2025-01-07,6,windy, cold", "row 1 (line 2): has 4 fields but the header has 3 (put a value that contains a comma in double quotes)"],
    ["a header without distance_km", "date,km\n2025-01-07,6", 'header: unknown column "km" (the columns are date,distance_km,duration,rpe,pain,pain_location,pain_side,shoe,notes)'],
    ["a header with only the date", "date\n2025-01-07", "header: needs a date column and a distance_km column"],
    ["a repeated column", "date,distance_km,date\n2025-01-07,6,2025-01-07", 'header: column "date" appears twice'],
    ["an empty file", "\uFEFF\r\n", "header: the file is empty; expected date,distance_km,duration,rpe,pain,pain_location,pain_side,shoe,notes"],
    ["a quote that is never closed", 'date,distance_km,notes\n2025-01-07,6,"windy\n2025-01-08,5,x', "line 2: a quoted field is not closed"],
  ])("rejects %s, naming the row, the line and the column", (_name, text, message) => {
    expect(errorOf(text)).toBe(message);
  });

  it("counts lines, not rows, after a note that spans lines", () => {
    const text = 'date,distance_km,notes\n2025-01-07,6,"first\nsecond"\n2025-01-08,x,';
    expect(errorOf(text)).toBe("row 2 (line 4).distance_km: must be a number between 0 and 1000");
  });
});

describe("parseDuration", () => {
  it.each<[string, number | undefined]>([
    ["1:05:30", 3930],
    ["33:00", 1980],
    ["75:10", 4510],
    ["1980", 1980],
    ["1:5", undefined],
    ["1:60", undefined],
    ["1:00:60", undefined],
    ["12.5", undefined],
    ["", undefined],
  ])("%s -> %s seconds", (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });
});

describe("readCsvRecords", () => {
  it("keeps empty fields, including an empty last one and an empty quoted one", () => {
    expect(readCsvRecords('a,,""\nb,c,')).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ["a", "", ""] },
        { line: 2, fields: ["b", "c", ""] },
      ],
    });
  });

  it("rejects text after a closing quote", () => {
    expect(readCsvRecords('"a"b,c')).toEqual({ ok: false, error: "line 1: unexpected text after a closing quote" });
  });

  it("treats a lone CR as a line break (old spreadsheet exports)", () => {
    expect(readCsvRecords("a\rb")).toEqual({ ok: true, records: [{ line: 1, fields: ["a"] }, { line: 2, fields: ["b"] }] });
  });
});
