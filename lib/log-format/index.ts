// The portable training log: schemas, parsers and the conversion to the analyser's input.
// read-file.ts (node:fs) and cli.ts are imported directly by the code that needs them, so this entry
// stays usable in the browser and in server components.
export { CSV_COLUMNS, parseDuration, parseSimpleCsv } from "./csv";
export { parseLogText } from "./log-text";
export { formatIssuePath, parseStridewiseLog, toTrainingLog, type LogParseResult } from "./parse";
export * from "./schema";
