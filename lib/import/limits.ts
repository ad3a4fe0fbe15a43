// Limits against abuse and accidents, shared by the uploader (to fail fast) and the server (to enforce).

import { ImportError } from "./types";

const MB = 1024 * 1024;

/** One activity file, log or CSV; a decade of daily GPX runs is far below this. */
export const MAX_FILE_BYTES = 25 * MB;
/** A whole Strava bulk export; larger accounts can upload activities.csv and the files in parts. */
export const MAX_ZIP_BYTES = 200 * MB;
export const MAX_ZIP_ENTRIES = 20_000;
/**
 * Uncompressed size over compressed size. Text compresses around 10:1 and FIT around 3:1; a zip bomb
 * is thousands to one. Entries under ZIP_RATIO_FLOOR_BYTES are exempt (a tiny file of blanks may exceed it).
 */
export const MAX_COMPRESSION_RATIO = 100;
export const ZIP_RATIO_FLOOR_BYTES = 1 * MB;
/** The declared uncompressed size of everything in one zip. */
export const MAX_ZIP_UNCOMPRESSED_BYTES = 2048 * MB;
/**
 * Uploads travel in parts of at most this size. Next.js keeps only the first 10 MB of a request body
 * that passes through the proxy (proxy.ts; `proxyClientMaxBodySize`), and raising that limit would let
 * anyone, signed in or not, make the server buffer larger bodies on every route.
 */
export const UPLOAD_PART_BYTES = 8 * MB;
/** Activities written per transaction in a big export: short write locks, and progress in between. */
export const IMPORT_CHUNK_SIZE = 200;
/**
 * Runs in one log or CSV import, and rows in one Strava activities.csv: a run a day for 130 years.
 * A bigger file is refused before its rows are read.
 */
export const MAX_IMPORT_ROWS = 50_000;
export function checkRowCount(rows: number): void {
  if (rows > MAX_IMPORT_ROWS) {
    throw new ImportError(`the file has ${rows.toLocaleString("en")} rows; the limit for one import is ${MAX_IMPORT_ROWS.toLocaleString("en")}: split it into several files`);
  }
}
/**
 * What reading one uploaded file may cost its worker thread (lib/server/import-parser.ts): a decade of
 * GPX files in one zip reads in well under a minute; a file that needs more is refused, not waited for.
 */
export const IMPORT_WORKER_SECONDS = 120;
export const IMPORT_MEMORY_MB = 512;
/** Problems listed one by one in a file's report; the rest are counted. */
export const MAX_REPORTED_PROBLEMS = 50;

export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / MB) * 10) / 10} MB`;
}
