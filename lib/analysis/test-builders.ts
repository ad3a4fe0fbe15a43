// Small builders for training logs, shared by the unit tests, the property tests, the benchmark and the
// demo seed, so that all of them describe a runner the same way. Plain TS, no test framework imports.

import { analyse } from "./analyse";
import { addDays } from "./dates";
import type {
  Alert,
  AnalysedRun,
  AnalysedShoe,
  LocalDate,
  PainDay,
  PainEntry,
  PainLocation,
  PainSide,
  PainTiming,
  RedFlag,
  RuleId,
  TrainingLog,
} from "./types";

export type PainOptions = Partial<Record<RedFlag, boolean>> & { timing?: PainTiming };

/** A pain entry; red flags default to false and timing to "during", as in the log format. */
export function pain(
  location: PainLocation,
  side: PainSide,
  score: number,
  options: PainOptions = {},
): PainEntry {
  return {
    location,
    side,
    score,
    timing: options.timing ?? "during",
    restPain: options.restPain ?? false,
    nightPain: options.nightPain ?? false,
    swelling: options.swelling ?? false,
    limping: options.limping ?? false,
    worseDuringRun: options.worseDuringRun ?? false,
    boneTenderness: options.boneTenderness ?? false,
  };
}

export type RunOptions = { id?: string; shoeId?: string | null; pain?: PainEntry[] };

let builtRuns = 0;

/** A run; without an id it gets the next of run-000001, run-000002, ... (id order = creation order). */
export function run(date: LocalDate, km: number, options: RunOptions = {}): AnalysedRun {
  builtRuns += 1;
  return {
    id: options.id ?? `run-${String(builtRuns).padStart(6, "0")}`,
    date,
    km,
    shoeId: options.shoeId ?? null,
    pain: options.pain ?? [],
  };
}

/** Pain recorded on a rest day. */
export function painDay(date: LocalDate, entry: PainEntry): PainDay {
  return { ...entry, date };
}

export function shoe(id: string, options: Partial<Omit<AnalysedShoe, "id">> = {}): AnalysedShoe {
  return {
    id,
    startKm: options.startKm ?? 0,
    retireKm: options.retireKm ?? 800,
    retired: options.retired ?? false,
  };
}

export function trainingLog(parts: Partial<TrainingLog> = {}): TrainingLog {
  return {
    weekStartsOn: parts.weekStartsOn ?? "monday",
    runs: parts.runs ?? [],
    painDays: parts.painDays ?? [],
    shoes: parts.shoes ?? [],
  };
}

/**
 * One run every `everyDays` days starting on `from`, with the given distances; a 0 leaves that slot
 * without a run. `runSeries("2025-01-06", [20, 20, 26], 7)` is one run on three consecutive Mondays.
 */
export function runSeries(
  from: LocalDate,
  kms: readonly number[],
  everyDays = 1,
  options: Omit<RunOptions, "id"> = {},
): AnalysedRun[] {
  return kms.flatMap((km, i) => (km > 0 ? [run(addDays(from, i * everyDays), km, options)] : []));
}

/** The alerts one rule raised for the log as of T. */
export function alertsFor(log: TrainingLog, asOf: LocalDate, rule: RuleId): Alert[] {
  return analyse(log, asOf).alerts.filter((alert) => alert.rule === rule);
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so generated logs are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A runner who runs every day for `days` days from `from`: easy runs of 5-12 km, a long run on every
 * seventh day, knee pain on about one run in 20, a rest-day pain note now and then, three shoes in turn.
 */
export function dailyTrainingLog(options: { from: LocalDate; days: number; seed?: number }): TrainingLog {
  const random = seededRandom(options.seed ?? 1);
  const shoes = [shoe("shoe-a"), shoe("shoe-b", { startKm: 120 }), shoe("shoe-c", { retired: true })];
  const runs: AnalysedRun[] = [];
  const painDays: PainDay[] = [];
  for (let i = 0; i < options.days; i++) {
    const date = addDays(options.from, i);
    const km = i % 7 === 6 ? 14 + random() * 10 : 5 + random() * 7;
    const runPain =
      random() < 0.05 ? [pain("knee", "left", 1 + Math.floor(random() * 6), { timing: "after" })] : [];
    runs.push(
      run(date, Math.round(km * 1000) / 1000, {
        id: `daily-${String(i).padStart(5, "0")}`,
        shoeId: shoes[i % shoes.length]!.id,
        pain: runPain,
      }),
    );
    if (random() < 0.02) painDays.push(painDay(date, pain("achilles", "right", 2, { timing: "next_morning" })));
  }
  return trainingLog({ runs, painDays, shoes });
}
