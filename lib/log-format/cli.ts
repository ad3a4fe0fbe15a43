// The analyse command (LOG-FORMAT.md) as a pure function of its arguments and its I/O, so it is tested
// without spawning a process; scripts/analyse.ts only wires it to the real file system and streams.

import { analyse, localDateOf, type LocalDate } from "../analysis";
import { formatJsonReport, formatTextReport } from "./cli-report";
import { describeReadError, parseLogText } from "./log-text";
import { parseLogBytes } from "./read-file";
import { toTrainingLog } from "./parse";
import { isLocalDate } from "./values";

export const USAGE = "usage: npm run analyse -- <file> [--as-of YYYY-MM-DD] [--json]";

export type AnalyseIo = {
  /** Returns the file's bytes (or text); throws (like fs.readFileSync) when it cannot. */
  readFile: (path: string) => Uint8Array | string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The current instant; the default --as-of is its calendar date in the log's time zone. */
  today: () => Date;
};

export type AnalyseArgs = { help: true } | { help: false; file: string; asOf?: LocalDate; json: boolean };

/** Parses the command line; the error is one line, ready for standard error. */
export function parseAnalyseArgs(argv: readonly string[]): { ok: true; args: AnalyseArgs } | { ok: false; error: string } {
  const fail = (message: string) => ({ ok: false as const, error: `${message} (${USAGE})` });
  const files: string[] = [];
  let asOf: string | undefined;
  let json = false;
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (optionsEnded || !arg.startsWith("-") || arg === "-") {
      files.push(arg);
    } else if (arg === "--") {
      optionsEnded = true;
    } else if (arg === "--help" || arg === "-h") {
      return { ok: true, args: { help: true } };
    } else if (arg === "--json") {
      json = true;
    } else if (arg === "--as-of" || arg.startsWith("--as-of=")) {
      if (asOf !== undefined) return fail("--as-of is given twice");
      const value = arg === "--as-of" ? argv[++i] : arg.slice("--as-of=".length);
      if (value === undefined || value === "") return fail("--as-of needs a date");
      if (!isLocalDate(value)) {
        return fail(`--as-of must be a calendar date written YYYY-MM-DD, not ${JSON.stringify(value)}`);
      }
      asOf = value;
    } else {
      return fail(`unknown option ${arg}`);
    }
  }
  const [file, extra] = files;
  if (file === undefined) return fail("missing the log file");
  if (extra !== undefined) return fail(`unexpected argument ${JSON.stringify(extra)}: give one log file`);
  return { ok: true, args: { help: false, file, asOf, json } };
}

/** Runs the analyse command; returns the exit status (0 analysed, 2 bad arguments, unreadable or invalid log). */
export function runAnalyseCli(argv: readonly string[], io: AnalyseIo): number {
  const parsedArgs = parseAnalyseArgs(argv);
  if (!parsedArgs.ok) {
    io.stderr(`${parsedArgs.error}\n`);
    return 2;
  }
  const args = parsedArgs.args;
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }

  let content: Uint8Array | string;
  try {
    content = io.readFile(args.file);
  } catch (error) {
    io.stderr(`${describeReadError(args.file, error)}\n`);
    return 2;
  }
  // The same readers as the importer: FIT, gzip and zip by their bytes, everything else as text.
  const parsed = typeof content === "string" ? parseLogText(content) : parseLogBytes(args.file, content);
  if (!parsed.ok) {
    io.stderr(`invalid log ${args.file}: ${parsed.error}\n`);
    return 2;
  }

  const log = parsed.log;
  const asOf = args.asOf ?? localDateOf(io.today(), log.athlete.timezone);
  const result = analyse(toTrainingLog(log), asOf);
  io.stdout(args.json ? formatJsonReport(result) : formatTextReport(result, log));
  return 0;
}
