// `npm run bench`: every benchmark of issue 8 in one run, each as a ratio against a baseline measured in
// the same run (absolute times differ from machine to machine). Prints a table and writes
// bench/results.json. Benchmarks, not tests: nothing here passes or fails.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { buildInto } from "../scripts/build";
import { benchAnalyser } from "./analyser";
import { benchImport } from "./import";
import { benchPages } from "./pages";
import { benchRunPage } from "./run-page";
import { benchWatch } from "./watch";
import { benchWrites } from "./writes";

const DIST_DIR = ".next-bench";
const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);

function build() {
  console.log("Building the production app into .next-bench…");
  buildInto(DIST_DIR, ["ignore", "ignore", "inherit"]);
}

const fmt = (value: number, digits = 1) => value.toFixed(digits);

async function main() {
  const results: Record<string, unknown> = { machine: { cpus: (await import("node:os")).cpus().length, node: process.version } };
  const rows: [string, string, string][] = [];

  if (wanted("analyser")) {
    const a = await benchAnalyser();
    results.analyser = a;
    rows.push(["analyser: time(10 y) / time(1 y)", fmt(a.ratio_10y_to_1y ?? Number.NaN, 2), "< 12"]);
    rows.push(["analyser: 10 y analysis / JSON round trip", fmt(a.ratio_analyse_to_json_10y ?? Number.NaN, 2), "< 1"]);
  }
  // BENCH_SKIP_BUILD=1 reuses the last build, to compare a change of the benchmark itself.
  if ((wanted("pages") || wanted("run-page") || wanted("writes") || wanted("import") || wanted("watch")) && process.env.BENCH_SKIP_BUILD !== "1") build();
  if (wanted("pages")) {
    const p = await benchPages({ distDir: DIST_DIR, port: Number(process.env.BENCH_PORT ?? 3811) });
    results.pages = p;
    rows.push(["dashboard median TTFB / health median", fmt(p.dashboard.median / p.health.median), "< 5"]);
    rows.push(["weekly review median TTFB / health median", fmt(p.weekly.median / p.health.median), "-"]);
    rows.push(["dashboard p95 / health p95", fmt(p.dashboard.p95 / p.health.p95), "-"]);
    for (const [route, kb] of Object.entries(p.weight)) {
      rows.push([`first-load JS ${route} (KB gzip)`, fmt(kb, 0), route === "/" ? "< 200" : route === "/runs/new" ? "< 150" : "-"]);
    }
    rows.push(["  of which Next + React runtime, every page (KB gzip)", fmt(p.runtimeKb, 0), "-"]);
    rows.push(["service worker /sw.js + /sw-outbox.js, after load (KB gzip)", fmt(p.workerKb, 1), "-"]);
    rows.push(["server peak RSS, 10-year pages (MB)", fmt(p.peakMb, 0), "< 400"]);
  }
  if (wanted("run-page")) {
    const r = await benchRunPage({ distDir: DIST_DIR, port: Number(process.env.BENCH_RUN_PAGE_PORT ?? 3815) });
    results.runPage = r;
    rows.push(["run page, 3-hour run (10,800 samples): median TTFB / health median", fmt(r.runPage.median / r.health.median), "-"]);
    rows.push(["  run page median / p95 TTFB (ms), health median (ms)", `${fmt(r.runPage.median, 0)} / ${fmt(r.runPage.p95, 0)}, ${fmt(r.health.median, 1)}`, "-"]);
  }
  if (wanted("writes")) {
    const w = await benchWrites({ distDir: DIST_DIR, port: Number(process.env.BENCH_WRITES_PORT ?? 3812) });
    rows.push([`API writes/s (one runner, 16 clients; ${w.database}, ${w.instances} server${w.instances > 1 ? "s" : ""})`, fmt(w.apiPerSecond, 0), "-"]);
    rows.push(["raw better-sqlite3 inserts/s", fmt(w.rawPerSecond, 0), "-"]);
    results.writes = w;
    rows.push(["API writes/s / raw inserts/s", fmt(w.ratio, 3), ">= 0.1"]);
    rows.push(["GET /api/health/s / raw inserts/s (the HTTP ceiling)", fmt(w.healthPerSecond / w.rawPerSecond, 3), "-"]);
    rows.push(["API writes: errors (of which non-2xx answers)", `${w.errors} (${w.non2xx})`, "0"]);
    rows.push(["API writes: p50 / p99 (ms)", `${w.p50Ms} / ${w.p99Ms}`, "-"]);
    rows.push(["API writes/s, 10-year runner / new runner", fmt(w.tenYearsPerSecond / w.apiPerSecond, 2), "~1"]);
    rows.push(["API writes/s (16 runners, one client each)", fmt(w.runnersPerSecond, 0), "-"]);
    rows.push(["  16 runners: p50 / p99 (ms)", `${w.runnersP50Ms} / ${w.runnersP99Ms}`, "-"]);
    rows.push(["API writes/s, 16 runners / one runner", fmt(w.runnersPerSecond / w.apiPerSecond, 2), "-"]);
  }
  if (wanted("import")) {
    const i = await benchImport({ distDir: DIST_DIR, port: 3813, runs: [250, 1000] });
    results.import = i;
    const big = i["1000"]!;
    const small = i["250"]!;
    rows.push(["import 1,000 GPX runs / parse only", fmt(big.importMs / big.parseMs, 2), "< 2"]);
    rows.push(["import peak RSS 1,000 / 250 runs", fmt(big.peakMb / small.peakMb, 2), "~1"]);
    rows.push(["import peak RSS, 1,000 runs (MB)", fmt(big.peakMb, 0), "< 400"]);
    rows.push(["server RSS just before that import (MB)", fmt(big.beforeMb, 0), "-"]);
  }

  if (wanted("watch")) {
    const w = await benchWatch({ distDir: DIST_DIR, port: Number(process.env.BENCH_WATCH_PORT ?? 3814), files: 1000 });
    results.watch = w;
    rows.push(["watched folder: 1,000 GPX files / parse only", fmt(w.watchMs / w.parseMs, 2), "< 2"]);
    rows.push(["  the same in CPU time (server tree / this process)", fmt(w.watchCpuMs / w.parseCpuMs, 2), "< 2"]);
    rows.push(["watched folder: 1,000 files (s), scanned every 0.5 s", fmt(w.watchMs / 1000, 1), "-"]);
    rows.push(["watched folder: server peak RSS (MB)", fmt(w.peakMb, 0), "< 400"]);
  }

  const width = Math.max(...rows.map((row) => row[0].length));
  console.log(`\n${"measure".padEnd(width)}  ${"value".padStart(10)}  target`);
  for (const [name, value, target] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(10)}  ${target}`);
  writeFileSync(path.join(process.cwd(), "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log("\nWrote bench/results.json");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
