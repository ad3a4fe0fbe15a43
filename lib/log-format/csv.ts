// The simple CSV from LOG-FORMAT.md, turned into a `stridewise-log` document and validated by the same
// schema as the JSON, so both formats mean exactly the same thing to the analyser.

import type { z } from "zod";
import { readCsvRecords, type CsvRecord } from "./csv-records";
import { parseStridewiseLog, type LogParseResult } from "./parse";
import { LOG_FORMAT, LOG_VERSION, LogPainSchema, LogRunSchema, type StridewiseLogInput } from "./schema";

export const CSV_COLUMNS = [
  "date",
  "distance_km",
  "duration",
  "rpe",
  "pain",
  "pain_location",
  "pain_side",
  "shoe",
  "notes",
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

const DURATION = "must be a duration such as 1:05:30, 33:00 or 1980 (seconds)";

type RunInput = NonNullable<StridewiseLogInput["runs"]>[number];
type Cells = { get: (column: CsvColumn) => string | undefined; fail: (column: CsvColumn, message: string) => Failure };
type Failure = { error: string };

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads the simple CSV; errors name the row and line, e.g. `row 5 (line 6).distance_km: must be ...`. */
export function parseSimpleCsv(text: string): LogParseResult {
  const parsed = readCsvRecords(stripBom(text));
  if (!parsed.ok) return parsed;
  const records = parsed.records.filter((record) => record.fields.some((field) => field.trim() !== ""));
  const [header, ...rows] = records;
  if (!header) return { ok: false, error: `header: the file is empty; expected ${CSV_COLUMNS.join(",")}` };
  const columns = readHeader(header);
  if ("error" in columns) return { ok: false, error: columns.error };

  const shoeIds = new Map<string, string>();
  const runs: RunInput[] = [];
  for (const [index, record] of rows.entries()) {
    const run = readRow(record, index + 1, columns, shoeIds);
    if ("error" in run) return { ok: false, error: run.error };
    runs.push(run);
  }
  const shoes = [...shoeIds].map(([name, id]) => ({ id, name }));
  return parseStridewiseLog({ format: LOG_FORMAT, version: LOG_VERSION, athlete: {}, shoes, runs });
}

function readHeader(header: CsvRecord): CsvColumn[] | Failure {
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const seen = new Set<string>();
  for (const name of names) {
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      // Rejected rather than ignored: a misspelt "pian" column would otherwise drop every pain score.
      return { error: `header: unknown column ${JSON.stringify(name)} (the columns are ${CSV_COLUMNS.join(",")})` };
    }
    if (seen.has(name)) return { error: `header: column ${JSON.stringify(name)} appears twice` };
    seen.add(name);
  }
  if (!seen.has("date") || !seen.has("distance_km")) {
    return { error: "header: needs a date column and a distance_km column" };
  }
  return names as CsvColumn[];
}

function readRow(
  record: CsvRecord,
  row: number,
  columns: readonly CsvColumn[],
  shoeIds: Map<string, string>,
): RunInput | Failure {
  const where = `row ${row} (line ${record.line})`;
  if (record.fields.length !== columns.length) {
    return {
      error: `${where}: has ${record.fields.length} fields but the header has ${columns.length} (put a value that contains a comma in double quotes)`,
    };
  }
  const cells: Cells = {
    get: (column) => {
      const value = record.fields[columns.indexOf(column)]?.trim();
      return value === "" ? undefined : value;
    },
    fail: (column, message) => ({ error: `${where}.${column}: ${message}` }),
  };
  // Each value goes through the JSON schema's own field, so the two formats share rules and messages.
  const date = read(LogRunSchema.shape.date, cells.get("date"), "date", cells);
  if ("error" in date) return date;
  const distance = read(LogRunSchema.shape.distanceKm, decimalOrText(cells.get("distance_km")), "distance_km", cells);
  if ("error" in distance) return distance;
  const run: RunInput = { id: `r-${record.line}`, date: date.value, distanceKm: distance.value, pain: [] };

  const duration = cells.get("duration");
  if (duration !== undefined) {
    const seconds = parseDuration(duration);
    if (seconds === undefined || seconds <= 0) return cells.fail("duration", DURATION);
    run.durationSec = seconds;
  }
  const rpe = read(LogRunSchema.shape.rpe, decimalOrText(cells.get("rpe")), "rpe", cells);
  if ("error" in rpe) return rpe;
  if (rpe.value !== undefined) run.rpe = rpe.value;

  const pain = readPain(cells);
  if (pain && "error" in pain) return pain;
  if (pain) run.pain = [pain];

  const shoe = cells.get("shoe");
  if (shoe !== undefined) {
    const id = shoeIds.get(shoe) ?? `shoe-${shoeIds.size + 1}`;
    shoeIds.set(shoe, id);
    run.shoeId = id;
  }
  const notes = read(LogRunSchema.shape.notes, cells.get("notes"), "notes", cells);
  if ("error" in notes) return notes;
  if (notes.value !== undefined) run.notes = notes.value;
  return run;
}

type PainInput = NonNullable<RunInput["pain"]>[number];

function readPain(cells: Cells): PainInput | Failure | undefined {
  const scoreText = cells.get("pain");
  const locationText = enumWord(cells.get("pain_location"));
  const sideText = enumWord(cells.get("pain_side"));
  if (scoreText === undefined) {
    if (locationText === undefined && sideText === undefined) return undefined;
    return cells.fail("pain", "is required when pain_location or pain_side is given");
  }
  const score = read(LogPainSchema.shape.score, decimalOrText(scoreText), "pain", cells);
  if ("error" in score) return score;
  const location = read(LogPainSchema.shape.location, locationText ?? "other", "pain_location", cells);
  if ("error" in location) return location;
  const side = read(LogPainSchema.shape.side, sideText ?? "none", "pain_side", cells);
  if ("error" in side) return side;
  return { score: score.value, location: location.value, side: side.value };
}

function read<T extends z.ZodType>(
  schema: T,
  value: unknown,
  column: CsvColumn,
  cells: Cells,
): { value: z.output<T> } | Failure {
  const result = schema.safeParse(value);
  if (result.success) return { value: result.data };
  return cells.fail(column, result.error.issues[0]?.message ?? "is not valid");
}

/** A plain decimal as a number; anything else (including "", "1e3", "0x10") stays text so the schema rejects it. */
function decimalOrText(text: string | undefined): number | string | undefined {
  return text !== undefined && /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : text;
}

/** "Knee", "IT band", "it-band" -> the enum spelling. */
function enumWord(text: string | undefined): string | undefined {
  return text?.toLowerCase().replace(/[\s-]+/g, "_");
}

/** h:mm:ss, mm:ss (minutes may exceed 59) or whole seconds. */
export function parseDuration(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const parts = /^(?:(\d+):([0-5]\d)|(\d+):([0-5]\d):([0-5]\d))$/.exec(text);
  if (!parts) return undefined;
  if (parts[1] !== undefined) return Number(parts[1]) * 60 + Number(parts[2]);
  return Number(parts[3]) * 3600 + Number(parts[4]) * 60 + Number(parts[5]);
}
