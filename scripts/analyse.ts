// `npm run analyse -- <file> [--as-of YYYY-MM-DD] [--json]`: all the logic is in lib/log-format/cli.ts.
import { readFileSync } from "node:fs";
import { runAnalyseCli } from "../lib/log-format/cli";

process.exitCode = runAnalyseCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: () => new Date(),
});
