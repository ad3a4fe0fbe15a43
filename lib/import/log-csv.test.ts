import { describe, expect, it } from "vitest";
import { readCsvRecords } from "../log-format/csv-records";
import { parseStridewiseLog } from "../log-format/parse";
import { EXPORT_CSV_COLUMNS, toLogCsv } from "./log-csv";

function log(runs: unknown[]) {
  const result = parseStridewiseLog({ format: "stridewise-log", version: 1, shoes: [{ id: "s1", name: "Pegasus 40" }], runs });
  if (!result.ok) throw new Error(result.error);
  return result.log;
}

describe("toLogCsv: one row per run, for spreadsheets", () => {
  const csv = toLogCsv(
    log([
      {
        id: "r1",
        date: "2025-01-07",
        start: "2025-01-07T06:30:00+01:00",
        distanceKm: 6,
        durationSec: 1980,
        rpe: 4,
        type: "easy",
        shoeId: "s1",
        notes: 'windy, "cold"\nnext line',
        pain: [
          { location: "knee", side: "left", score: 3 },
          { location: "achilles", side: "right", score: 6, timing: "after", swelling: true, nightPain: true },
        ],
      },
      { id: "r2", date: "2025-01-08", distanceKm: 3.2, pain: [], notes: "=HYPERLINK(\"http://x\")" },
    ]),
  );
  const parsed = readCsvRecords(csv);
  const rows = parsed.ok ? parsed.records.map((record) => record.fields) : [];

  it("starts with the simple CSV's columns, then start, type and every pain entry", () => {
    expect(rows[0]).toEqual([...EXPORT_CSV_COLUMNS]);
    expect(EXPORT_CSV_COLUMNS.slice(0, 9)).toEqual(["date", "distance_km", "duration", "rpe", "pain", "pain_location", "pain_side", "shoe", "notes"]);
  });

  it("flattens pain: the worst entry in the pain columns, all of them in pain_all", () => {
    expect(rows[1]).toEqual([
      "2025-01-07",
      "6",
      "0:33:00",
      "4",
      "6",
      "achilles",
      "right",
      "Pegasus 40",
      'windy, "cold"\nnext line',
      "2025-01-07T06:30:00+01:00",
      "easy",
      "left knee 3/10 during; right achilles 6/10 after (night pain, swelling)",
    ]);
  });

  it("leaves empty cells empty and keeps a formula in the notes from running in a spreadsheet", () => {
    expect(rows[2]).toEqual(["2025-01-08", "3.2", "", "", "", "", "", "", "'=HYPERLINK(\"http://x\")", "", "other", ""]);
  });
});
