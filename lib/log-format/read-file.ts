// The one file in lib/log-format that touches the file system; everything else works on text.
import { readFileSync } from "node:fs";
import { describeReadError, parseLogText } from "./log-text";
import type { LogParseResult } from "./parse";

/** Reads a `stridewise-log` JSON or simple CSV file; a missing or unreadable file is an error result, not a throw. */
export function readLogFile(path: string): LogParseResult {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return { ok: false, error: describeReadError(path, error) };
  }
  return parseLogText(text);
}
