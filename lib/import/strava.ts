// Strava's bulk export: activities.csv, one row per activity. Its header repeats column names (the first
// "Distance" is in the account's unit, the second in metres; "Elapsed Time" twice), so columns are looked
// up by name and occurrence. Each row stands alone: a broken row is reported and the others import.

import { readCsvRecords } from "../log-format/csv-records";
import type { RunType } from "../analysis/types";
import { MAX_NOTES_CHARS } from "../validation/limits";
import { ImportError, type ParsedActivity } from "./types";

export type StravaRow =
  | { kind: "activity"; label: string; activity: ParsedActivity; filename?: string; missing: string[] }
  | { kind: "not-run"; label: string; sport: string }
  | { kind: "failed"; label: string; reason: string };

export type StravaCsv = { rows: StravaRow[]; notes: string[] };

/** Strava's running types (the issue's list); every other type is skipped and counted. */
const RUN_TYPES: Record<string, RunType> = { run: "other", trailrun: "trail", virtualrun: "treadmill", treadmill: "treadmill" };
/** Strava's "Workout Type" for runs: 1 race, 2 long run (3 "workout" says too little to pick a type). */
const WORKOUT_TYPES: Record<string, RunType> = { "1": "race", "2": "long" };
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DATE_EXAMPLE = "Nov 3, 2024, 6:12:45 AM";

export function isStravaActivitiesCsv(text: string): boolean {
  const header = text.slice(0, 4096).split(/\r?\n/, 1)[0] ?? "";
  return header.includes("Activity ID") && header.includes("Activity Date");
}

/**
 * "Nov 3, 2024, 6:12:45 AM" (UTC) as epoch milliseconds. Newer exports put a narrow no-break space
 * before AM/PM and older ones have no comma after the year; both are accepted.
 */
export function parseStravaDate(text: string): number | undefined {
  const match = /^([a-z]{3})[a-z]*\.?\s+(\d{1,2}),\s*(\d{4}),?\s+(\d{1,2}):(\d{2}):(\d{2})\s*([ap]m)$/i.exec(text.trim());
  if (!match) return undefined;
  const [, monthName, day, year, hour12, minute, second, half] = match;
  const month = MONTHS.indexOf(monthName!.toLowerCase());
  const hour = (Number(hour12) % 12) + (half!.toLowerCase() === "pm" ? 12 : 0);
  if (month < 0 || Number(hour12) > 12 || Number(minute) > 59 || Number(second) > 59) return undefined;
  const time = Date.UTC(Number(year), month, Number(day), hour, Number(minute), Number(second));
  // Date.UTC rolls Feb 30 over into March; a date that does not exist is an error, not another day.
  return new Date(time).getUTCDate() === Number(day) ? time : undefined;
}

function numberCell(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const value = Number(text.trim());
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

export function parseStravaCsv(text: string): StravaCsv {
  const parsed = readCsvRecords(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!parsed.ok) throw new ImportError(`activities.csv is not valid CSV: ${parsed.error}`);
  const [header, ...records] = parsed.records.filter((record) => record.fields.some((field) => field.trim() !== ""));
  if (!header) throw new ImportError("activities.csv is empty");
  const columns = new Map<string, number[]>();
  header.fields.forEach((name, index) => columns.set(name.trim(), [...(columns.get(name.trim()) ?? []), index]));
  for (const required of ["Activity ID", "Activity Date", "Activity Type", "Distance"]) {
    if (!columns.has(required)) throw new ImportError(`activities.csv has no "${required}" column`);
  }
  // With two Distance columns the second is metres; an old export with one has it in km.
  const distanceColumns = columns.get("Distance") ?? [];
  const metresColumn = distanceColumns.length > 1 ? distanceColumns.at(-1) : undefined;
  const notes = metresColumn === undefined ? ['this export has one "Distance" column, read as kilometres'] : [];

  const rows = records.map((record, index): StravaRow => {
    const cell = (name: string, occurrence = 0) => {
      const at = columns.get(name)?.[occurrence];
      const value = at === undefined ? undefined : record.fields[at]?.trim();
      return value === "" ? undefined : value;
    };
    const id = cell("Activity ID");
    const label = `row ${index + 1}${id ? ` (activity ${id})` : ""}`;
    const fail = (reason: string): StravaRow => ({ kind: "failed", label, reason });
    if (record.fields.length !== header.fields.length) {
      return fail(`has ${record.fields.length} fields but the header has ${header.fields.length}`);
    }
    const sport = cell("Activity Type") ?? "not stated";
    const baseType = RUN_TYPES[sport.toLowerCase().replace(/[^a-z]/g, "")];
    if (baseType === undefined) return { kind: "not-run", label, sport };
    if (!id || !/^\d+$/.test(id)) return fail("has no Activity ID");
    const dateText = cell("Activity Date") ?? "";
    const start = parseStravaDate(dateText);
    if (start === undefined) return fail(`Activity Date ${JSON.stringify(dateText)} is not a date like "${DATE_EXAMPLE}"`);

    const metres = metresColumn === undefined ? undefined : numberCell(record.fields[metresColumn]);
    const km = metres !== undefined ? metres / 1000 : metresColumn === undefined ? numberCell(cell("Distance")) : undefined;
    const elapsedSec = numberCell(cell("Elapsed Time")) ?? numberCell(cell("Elapsed Time", 1));
    const movingSec = numberCell(cell("Moving Time"));
    const name = cell("Activity Name");
    const description = cell("Activity Description");
    const notes = [name, description].filter(Boolean).join("\n").slice(0, MAX_NOTES_CHARS);
    const runType = baseType === "other" ? (WORKOUT_TYPES[cell("Workout Type") ?? ""] ?? baseType) : baseType;
    const missing = [km === undefined && "distance", movingSec === undefined && "moving time", elapsedSec === undefined && "elapsed time"].filter(
      (field): field is string => typeof field === "string",
    );
    return {
      kind: "activity",
      label,
      filename: cell("Filename"),
      missing,
      activity: {
        sourceId: `strava:${id}`,
        name,
        sport,
        runType,
        startInstant: new Date(start).toISOString(),
        distanceKm: km ?? 0,
        movingSec: movingSec === undefined ? undefined : Math.round(movingSec),
        elapsedSec: elapsedSec === undefined ? undefined : Math.round(elapsedSec),
        shoeName: cell("Activity Gear"),
        notes: notes || undefined,
        warnings: [],
      },
    };
  });
  return { rows, notes };
}

/** Fills what the CSV row lacks from the activity's own file; the row's values win where it has them. */
export function completeFromFile(row: ParsedActivity, file: ParsedActivity | undefined, missing: readonly string[]): ParsedActivity {
  if (!file) return row;
  return {
    ...row,
    distanceKm: missing.includes("distance") ? file.distanceKm : row.distanceKm,
    movingSec: row.movingSec ?? file.movingSec,
    elapsedSec: row.elapsedSec ?? file.elapsedSec,
  };
}
