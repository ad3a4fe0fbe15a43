// How the analyser's cost grows with history: 1, 5 and 10 years of daily runs, each analysed as of its
// last day. Targets: time(10 y) / time(1 y) < 12 (linear, not quadratic) and one analysis cheaper than
// a JSON.parse(JSON.stringify(log)) round trip of the same 10-year log (a floor for "reading the data").
// Run: npx tsx bench/analyser.ts

import { analyse } from "../lib/analysis/index";
import { dailyTrainingLog } from "../lib/analysis/test-builders";
import type { TrainingLog } from "../lib/analysis/types";

const FIRST_DAY = "2015-01-01";
const WARM_UP_ROUNDS = 30;
const TIMED_ROUNDS = 31;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Keeps every result reachable, so the engine cannot optimise the timed work away. */
const sink: unknown[] = [];

/** Median milliseconds per call over TIMED_ROUNDS batches, each batch long enough to time. */
function timeMedian(work: () => unknown): number {
  let repeats = 1;
  for (let warmUp = 0; warmUp < WARM_UP_ROUNDS; warmUp++) {
    const started = performance.now();
    for (let i = 0; i < repeats; i++) sink[i % 4] = work();
    // Grow the batch so that each timed sample is at least ~5 ms: timer resolution stays negligible.
    if (performance.now() - started < 5) repeats *= 2;
  }
  const samples: number[] = [];
  for (let round = 0; round < TIMED_ROUNDS; round++) {
    const started = performance.now();
    for (let i = 0; i < repeats; i++) sink[i % 4] = work();
    samples.push((performance.now() - started) / repeats);
  }
  return median(samples);
}

function lastDay(log: TrainingLog): string {
  return log.runs[log.runs.length - 1]?.date ?? FIRST_DAY;
}

export async function benchAnalyser(): Promise<Record<string, number>> {
  const results: Record<string, number> = {};
  const logs = new Map<number, TrainingLog>();
  for (const years of [1, 5, 10]) {
    const days = Math.round(years * 365.25);
    const log = dailyTrainingLog({ from: FIRST_DAY, days, seed: years });
    logs.set(years, log);
    const asOf = lastDay(log);
    const milliseconds = timeMedian(() => analyse(log, asOf));
    results[`analyse_${years}y_ms`] = milliseconds;
    results[`analyse_${years}y_us_per_run`] = (milliseconds * 1000) / log.runs.length;
  }
  const tenYears = logs.get(10)!;
  const jsonRoundTrip = timeMedian(() => JSON.parse(JSON.stringify(tenYears)));
  results.json_round_trip_10y_ms = jsonRoundTrip;
  results.ratio_10y_to_1y = results.analyse_10y_ms! / results.analyse_1y_ms!;
  results.ratio_analyse_to_json_10y = results.analyse_10y_ms! / jsonRoundTrip;
  return results;
}

function printResults(results: Record<string, number>): void {
  for (const years of [1, 5, 10]) {
    const ms = results[`analyse_${years}y_ms`]!;
    const perRun = results[`analyse_${years}y_us_per_run`]!;
    console.log(`analyse, ${String(years).padStart(2)} years: ${ms.toFixed(3)} ms (${perRun.toFixed(3)} us per run)`);
  }
  console.log(`JSON round trip of the 10-year log: ${results.json_round_trip_10y_ms!.toFixed(3)} ms`);
  const growth = results.ratio_10y_to_1y!;
  const vsJson = results.ratio_analyse_to_json_10y!;
  console.log(`time(10 y) / time(1 y): ${growth.toFixed(2)} (target < 12) ${growth < 12 ? "ok" : "TOO SLOW"}`);
  console.log(`analyse / JSON round trip (10 y): ${vsJson.toFixed(2)} (target < 1) ${vsJson < 1 ? "ok" : "TOO SLOW"}`);
}

// Run when executed directly (`npx tsx bench/analyser.ts`), not when bench/run.ts imports it.
if (/bench[\\/]analyser\.ts$/.test(process.argv[1] ?? "")) {
  benchAnalyser().then(printResults, (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
