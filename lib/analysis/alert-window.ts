// The part of a log that the alerts as of T depend on. Saving a run recomputes the alerts (issue 7), and
// reading ten years of runs to judge the last five weeks made every save slower as the log grew (issue
// 8). Every rule looks back a bounded distance from T, with three exceptions handled here:
//   - H, the first run's date (weekly rules and SPIKE need enough history): the first run is kept, with
//     its distance, but without its shoe or pain, which belong to windows it is not in;
//   - RETURN's previous run P and its 28 days P-27 .. P, however long ago P was;
//   - SHOE's total distance, which counts every run: older runs fold into the shoe's starting distance.
// The app loads this window straight from the database; `trimForAlerts` is the same cut on a log in
// memory, and the tests hold analyse(trimForAlerts(log, T), T).alerts equal to analyse(log, T).alerts.

import { addDays } from "./dates";
import { toMetres } from "./timeline";
import type { AnalysedRun, LocalDate, TrainingLog } from "./types";

/**
 * The furthest back any rule reads apart from the three exceptions: the weekly rules judge last week
 * (k0-1) against the four weeks before it, so they reach the start of week k0-5, which is T-41 when T is
 * the last day of its week; SPIKE's 30 days before a run of T-6 .. T reach T-36, the pain rules T-27.
 */
export const ALERT_LOOKBACK_DAYS = 41;
/** RETURN: the returning run R is at most 13 days old and came after a gap of at least 14 days. */
const RETURN_LATEST_PREVIOUS_DAYS = 14;
/** RETURN's baseline: the km of P-27 .. P. */
const RETURN_BASELINE_DAYS = 27;

/** The date on or before which a run can be RETURN's P as of T: a run dated T-14 or earlier. */
export function returnBaselineCutoff(asOf: LocalDate): LocalDate {
  return addDays(asOf, -RETURN_LATEST_PREVIOUS_DAYS);
}

/**
 * The first date whose runs and pain the alerts as of T read, given the latest run dated on or before
 * `returnBaselineCutoff(T)`. Any run R returning in T-13 .. T has that run as its P (there is none in
 * between, or R would not follow a gap), so P's 28 days are the only reach past T-41.
 */
export function alertWindowStart(asOf: LocalDate, latestPossiblePrevious: LocalDate | null): LocalDate {
  const fixed = addDays(asOf, -ALERT_LOOKBACK_DAYS);
  if (latestPossiblePrevious === null) return fixed;
  const baselineStart = addDays(latestPossiblePrevious, -RETURN_BASELINE_DAYS);
  return baselineStart < fixed ? baselineStart : fixed;
}

/** What the database (or `trimForAlerts`) gives for a window: only rows dated from .. T, plus these. */
export type AlertWindowInput = {
  weekStartsOn: TrainingLog["weekStartsOn"];
  from: LocalDate;
  /** Runs and pain days dated from .. T. */
  runs: AnalysedRun[];
  painDays: TrainingLog["painDays"];
  /** The earliest run dated on or before T, when it is before `from`. */
  firstRun: { id: string; date: LocalDate; km: number } | null;
  /** Each shoe with the whole metres of its runs dated before `from` (each run counted as toMetres does). */
  shoes: (TrainingLog["shoes"][number] & { metresBefore: number })[];
};

/** The window as a log the analyser takes. */
export function windowedLog(input: AlertWindowInput): TrainingLog {
  const runs = input.firstRun === null ? input.runs : [{ ...input.firstRun, shoeId: null, pain: [] }, ...input.runs];
  return {
    weekStartsOn: input.weekStartsOn,
    runs,
    painDays: input.painDays,
    shoes: input.shoes.map(({ metresBefore, ...shoe }) => ({
      ...shoe,
      // SHOE clamps a negative start to 0 before adding runs; fold after the same clamp.
      startKm: (Math.round(Math.max(0, shoe.startKm) * 1000) + metresBefore) / 1000,
    })),
  };
}

/** The same window cut from a whole log in memory. */
export function trimForAlerts(log: TrainingLog, asOf: LocalDate): TrainingLog {
  const upToT = log.runs.filter((run) => run.date <= asOf);
  const cutoff = returnBaselineCutoff(asOf);
  let latestPossiblePrevious: LocalDate | null = null;
  let first: AnalysedRun | null = null;
  for (const run of upToT) {
    if (run.date <= cutoff && (latestPossiblePrevious === null || run.date > latestPossiblePrevious)) {
      latestPossiblePrevious = run.date;
    }
    if (first === null || run.date < first.date) first = run;
  }
  const from = alertWindowStart(asOf, latestPossiblePrevious);
  const metresBefore = new Map<string, number>();
  for (const run of upToT) {
    if (run.date >= from || !run.shoeId) continue;
    metresBefore.set(run.shoeId, (metresBefore.get(run.shoeId) ?? 0) + toMetres(run.km));
  }
  return windowedLog({
    weekStartsOn: log.weekStartsOn,
    from,
    runs: upToT.filter((run) => run.date >= from),
    painDays: log.painDays.filter((day) => day.date >= from && day.date <= asOf),
    firstRun: first !== null && first.date < from ? { id: first.id, date: first.date, km: first.km } : null,
    shoes: log.shoes.map((shoe) => ({ ...shoe, metresBefore: metresBefore.get(shoe.id) ?? 0 })),
  });
}
