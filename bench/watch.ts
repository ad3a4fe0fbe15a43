// The watched import folder (issue 16): 1,000 GPX runs dropped into a runner's folder, imported by the
// running server on its own, against parsing the same files alone in this process. The time runs from
// the last file written to the last import recorded, so it includes waiting for the files to settle.
// The machine may be shared, so CPU time is measured too (the server's process tree against this
// process's own), which other programs' load hardly changes.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseFilePath } from "../lib/db-url";
import { readUpload } from "../lib/import/detect";
import { gpxTrack, northwards } from "../lib/import/test-files";
import { connect, createAthlete } from "../prisma/seed";
import { startBenchServer } from "./support/server";

const POLL_SECONDS = 0.5;

/** One run a day, 40 minutes at one point every 2 s: the same files as the Strava export benchmark. */
function gpxFiles(count: number): { name: string; bytes: Uint8Array }[] {
  const first = Date.parse("2022-01-01T06:30:00Z");
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(first + i * 86_400_000).toISOString();
    return { name: `run-${i + 1}.gpx`, bytes: new TextEncoder().encode(gpxTrack([northwards(1200, { step: 5, seconds: 2, start })], { type: "running" })) };
  });
}

/** Wall and CPU time of parsing every file, in this process. */
function parseOnly(files: readonly { name: string; bytes: Uint8Array }[]): { wallMs: number; cpuMs: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let count = 0;
  for (const file of files) {
    const contents = readUpload(file.name, file.bytes);
    if (contents.kind === "activities") for (const unit of contents.units()) if (unit.kind === "activity") count++;
  }
  if (count !== files.length) throw new Error(`parsed ${count} of ${files.length}`);
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

export async function benchWatch(options: { distDir: string; port: number; files: number }) {
  const files = gpxFiles(options.files);
  const parse = parseOnly(files);
  const root = path.join(process.cwd(), "test-results", "bench", "watch-folder");
  rmSync(root, { recursive: true, force: true });
  let userId = "";
  const server = await startBenchServer({
    name: "watch",
    port: options.port,
    distDir: options.distDir,
    env: { IMPORT_WATCH_DIR: root, IMPORT_WATCH_POLL_SECONDS: String(POLL_SECONDS) },
    seed: async (url) => {
      const db = connect(url);
      userId = await createAthlete(db, { email: "watcher@stridewise.app", password: "bench-watch-password", timezone: "UTC" }, { shoes: [], runs: [], painDays: [] });
      await db.$disconnect();
    },
  });
  const sqlite = new Database(databaseFilePath(server.databaseUrl), { readonly: true });
  try {
    const folder = path.join(root, userId);
    mkdirSync(folder, { recursive: true });
    for (const file of files) writeFileSync(path.join(folder, file.name), file.bytes);
    const started = performance.now();
    const cpuBefore = server.cpuMs();
    server.resetPeak();
    const done = sqlite.prepare("SELECT COUNT(*) AS n FROM ImportRecord WHERE userId = ? AND status != 'running'");
    for (;;) {
      const { n } = done.get(userId) as { n: number };
      if (n >= files.length) break;
      if (performance.now() - started > 30 * 60_000) throw new Error(`only ${n} of ${files.length} files imported after 30 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const watchMs = performance.now() - started;
    const watchCpuMs = server.cpuMs() - cpuBefore;
    // Parsed again after the import: the machine's load drifts, and the mean of the two is the fairer baseline.
    const again = parseOnly(files);
    const { runs } = sqlite.prepare("SELECT COUNT(*) AS runs FROM Run WHERE userId = ?").get(userId) as { runs: number };
    if (runs !== files.length) throw new Error(`${runs} runs imported from ${files.length} files`);
    return {
      files: files.length,
      parseMs: (parse.wallMs + again.wallMs) / 2,
      parseCpuMs: (parse.cpuMs + again.cpuMs) / 2,
      watchMs,
      watchCpuMs,
      pollSeconds: POLL_SECONDS,
      peakMb: server.peakRssMb(),
    };
  } finally {
    sqlite.close();
    await server.stop();
  }
}
