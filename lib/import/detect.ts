// What is in an uploaded file, decided from its bytes (names lie, and browsers send no useful type):
// a zip (Strava export or a bundle of activity files), a gzipped file, FIT, GPX, TCX, a stridewise-log,
// a Strava activities.csv or the simple CSV. Whole-file problems throw an ImportError.

import { parseLogText } from "../log-format/log-text";
import type { StridewiseLog } from "../log-format/schema";
import { parseActivityFile, parseActivityXml, unitsOf, type ImportUnit } from "./activity-file";
import { looksLikeFit } from "./fit";
import { gunzipLimited, isGzip } from "./gzip";
import { checkRowCount, formatMegabytes, MAX_FILE_BYTES, MAX_ZIP_BYTES } from "./limits";
import { EXPORT_CSV_COLUMNS } from "./log-csv";
import { isStravaActivitiesCsv, parseStravaCsv } from "./strava";
import { ImportError, type ParsedActivity } from "./types";
import { decodeText } from "./xml";
import { isZip, openZip } from "./zip";
import { readActivityZip, readStravaZip } from "./zip-contents";

export type { ImportUnit };

export type UploadContents =
  | { kind: "log"; format: "stridewise-log" | "simple CSV"; log: StridewiseLog; hasAthlete: boolean }
  | {
      kind: "activities";
      format: string;
      /** True for one activity file: it imports whole or not at all. A bundle imports activity by activity. */
      atomic: boolean;
      total: number;
      notes: string[];
      /**
       * Lazy, so a big export is parsed in step with the writes and the progress. `isKnown` lets an
       * export skip reading the file of an activity that is already in the account (a re-import).
       */
      units: (isKnown?: (activity: ParsedActivity) => boolean) => Generator<ImportUnit>;
    };

export const SUPPORTED_FILES =
  "GPX, TCX or FIT (also gzipped), a Strava export (.zip or activities.csv), a stridewise-log JSON or the simple CSV";

export function readUpload(name: string, bytes: Uint8Array): UploadContents {
  if (bytes.length === 0) throw new ImportError("the file is empty");
  if (isZip(bytes)) {
    if (bytes.length > MAX_ZIP_BYTES) throw new ImportError(`zip file is ${formatMegabytes(bytes.length)}; the limit is ${formatMegabytes(MAX_ZIP_BYTES)}`);
    const archive = openZip(bytes);
    return readStravaZip(archive) ?? readActivityZip(archive);
  }
  if (bytes.length > MAX_FILE_BYTES) throw new ImportError(`the file is ${formatMegabytes(bytes.length)}; the limit is ${formatMegabytes(MAX_FILE_BYTES)}`);
  if (isGzip(bytes)) {
    const inner = gunzipLimited(bytes, "the gzipped file");
    if (isZip(inner) || isGzip(inner)) throw new ImportError("the gzipped file holds another archive; unpack it first");
    return readPlain(name.replace(/\.gz$/i, ""), inner);
  }
  return readPlain(name, bytes);
}

const ACTIVITY_EXTENSIONS: Record<string, string> = { fit: "FIT", gpx: "GPX", tcx: "TCX" };

/** A file that is none of the formats; when its name claims one, the reason says that it is not one. */
function unsupported(name: string): ImportError {
  const claimed = ACTIVITY_EXTENSIONS[/\.(\w+)$/.exec(name)?.[1]?.toLowerCase() ?? ""];
  if (claimed) {
    return new ImportError(`the name ends in .${claimed.toLowerCase()}, but this is not a ${claimed} file: it may be damaged, or another kind of file renamed`);
  }
  return new ImportError(`unsupported file: expected ${SUPPORTED_FILES}`);
}

function readPlain(name: string, bytes: Uint8Array): UploadContents {
  const fit = looksLikeFit(bytes);
  // Text files never contain NUL bytes; images, PDFs and the like do, and read as CSV would give odd errors.
  if (!fit && bytes.subarray(0, 1024).includes(0)) throw unsupported(name);
  const text = fit ? "" : decodeText(bytes);
  const start = text.trimStart();
  if (fit || start.startsWith("<")) {
    const { format, activities } = fit ? parseActivityFile(bytes) : parseActivityXml(text);
    const units = unitsOf(name, activities);
    return { kind: "activities", format, atomic: true, total: units.length, notes: [], units: function* () { yield* units; } };
  }
  if (isStravaActivitiesCsv(start)) {
    const { rows, notes } = parseStravaCsv(text);
    checkRowCount(rows.length);
    const extra = rows.some((row) => row.kind === "activity" && row.missing.length > 0 && row.filename)
      ? ["only activities.csv was uploaded: values missing from a row are not read from its activity file (upload the whole zip for that)"]
      : [];
    return {
      kind: "activities",
      format: "Strava activities.csv",
      atomic: false,
      total: rows.length,
      notes: [...notes, ...extra],
      units: function* () {
        yield* rows;
      },
    };
  }
  if (start.startsWith(EXPORT_CSV_COLUMNS.join(","))) {
    throw new ImportError("this is Stridewise's CSV export, made for spreadsheets: import the JSON export instead, which keeps everything");
  }
  if (start.startsWith("{") || /\.csv$/i.test(name) || /^[^\n]*\bdistance_km\b/i.test(start)) {
    const parsed = parseLogText(text);
    if (!parsed.ok) throw new ImportError(parsed.error);
    checkRowCount(parsed.log.runs.length);
    const json = start.startsWith("{");
    return { kind: "log", format: json ? "stridewise-log" : "simple CSV", log: parsed.log, hasAthlete: json && hasAthleteSection(text) };
  }
  throw unsupported(name);
}

function hasAthleteSection(text: string): boolean {
  try {
    const json: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return typeof json === "object" && json !== null && "athlete" in json;
  } catch {
    return false;
  }
}
