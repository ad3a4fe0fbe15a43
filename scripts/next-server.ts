// The one way the production server is started: `npm start`, `npm run demo`, the end-to-end tests and
// the benchmarks all run scripts/serve.ts (Next's handler behind node:http, which settles the forwarded
// headers by TRUST_PROXY) through here, so the benchmarks measure what runners run.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";

/**
 * V8 flags for the server. A 32 MB young generation (Node's default is 16 MB) lets the short-lived
 * objects of parsing an import's GPX files die young instead of being promoted to the old generation:
 * the server's peak during a 1,000-run import went from 428 to 312 MB, serving 10-year pages stayed
 * under 400 MB (issue 8, `npm run bench`; 64 MB pushed the pages over 400).
 */
export const SERVER_NODE_OPTIONS = "--max-semi-space-size=32";

export function spawnNextServer(args: string[], options: { env?: NodeJS.ProcessEnv; stdio?: StdioOptions } = {}): ChildProcess {
  const env = options.env ?? process.env;
  return spawn(process.execPath, ["--import", "tsx", path.join(process.cwd(), "scripts", "serve.ts"), ...args], {
    stdio: options.stdio ?? "inherit",
    env: {
      ...env,
      NODE_ENV: "production",
      NODE_OPTIONS: [env.NODE_OPTIONS, SERVER_NODE_OPTIONS].filter(Boolean).join(" "),
    },
  });
}

/** Serves until the server exits, passing Ctrl-C and SIGTERM on to it. */
export function serveUntilExit(args: string[]): void {
  const server = spawnNextServer(args);
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}
