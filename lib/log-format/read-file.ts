// The one file in lib/log-format that touches the file system; everything else works on text.
import { readFileSync } from "node:fs";
import { isBinaryActivityFile, readBinaryActivityLog } from "../import/binary-log";
import { describeReadError, parseLogText } from "./log-text";
import type { LogParseResult } from "./parse";

/**
 * Reads a `stridewise-log` JSON or simple CSV file, or any activity file the importer reads (FIT, .gz
 * and .zip as bytes); a missing or unreadable file is an error result, not a throw.
 */
export function readLogFile(path: string): LogParseResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, error: describeReadError(path, error) };
  }
  return parseLogBytes(path, bytes);
}

/**
 * The same, for bytes already read: binary activity files by their signature (or, when they are empty or
 * damaged, by a name that says FIT, gzip or zip), text otherwise.
 */
export function parseLogBytes(name: string, bytes: Uint8Array): LogParseResult {
  if (isBinaryActivityFile(bytes) || /\.(fit|gz|zip)$/i.test(name)) return readBinaryActivityLog(name, bytes);
  return parseLogText(Buffer.from(bytes).toString("utf8"));
}
