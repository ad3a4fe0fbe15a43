import { parseActivityText } from "../import/to-log";
import { parseSimpleCsv, stripBom } from "./csv";
import { parseStridewiseLog, type LogParseResult } from "./parse";

/**
 * Reads the text of a log file, JSON or CSV. A `stridewise-log` document is a JSON object, so a first
 * non-blank character of `{` means JSON; GPX, TCX and a Strava activities.csv are recognised by their
 * root element or header; anything else is read as the simple CSV (whose header starts with a column name).
 */
export function parseLogText(text: string): LogParseResult {
  const content = stripBom(text);
  if (content.trimStart().startsWith("{")) {
    let json: unknown;
    try {
      json = JSON.parse(content);
    } catch (error) {
      return { ok: false, error: `invalid JSON: ${oneLine(error)}` };
    }
    return parseStridewiseLog(json);
  }
  // GPX, TCX and Strava's activities.csv go through the importer's own parsers (issue 5).
  return parseActivityText(content) ?? parseSimpleCsv(content);
}

/** "cannot read runs.json: no such file" from whatever the file system threw. */
export function describeReadError(path: string, error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const reasons: Record<string, string> = {
    ENOENT: "no such file",
    EACCES: "permission denied",
    EISDIR: "it is a directory",
  };
  return `cannot read ${path}: ${reasons[code] ?? oneLine(error)}`;
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").trim();
}
