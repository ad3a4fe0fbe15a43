// The log as the rules read it: everything dated after T dropped, runs sorted once, dates turned into
// epoch days, distances into whole metres, and per-day totals. Built in one linear pass so that the
// rules never rescan or re-sort the whole log.

import { toEpochDay, type EpochDay } from "./dates";
import type { LocalDate, PainEntry, TrainingLog, WeekStart } from "./types";

export type TimelineRun = {
  id: string;
  day: EpochDay;
  metres: number;
  shoeId: string | null;
  pain: readonly PainEntry[];
};

/** One pain entry, from a run or a rest day. */
export type TimelinePain = {
  day: EpochDay;
  /** `${location}_${side}`, e.g. knee_left. */
  key: string;
  entry: PainEntry;
  /** Index into Timeline.runs, or -1 for pain recorded on a rest day. */
  runIndex: number;
};

export type Timeline = {
  /** T, the analysis date. */
  asOf: EpochDay;
  asOfDate: LocalDate;
  weekStartsOn: WeekStart;
  /** Runs dated <= T, by date, then by id (a day's doubles in id order). */
  runs: TimelineRun[];
  /** Pain entries of runs and rest days dated <= T, in no particular order. */
  pains: TimelinePain[];
  /** H, the date of the first run dated <= T; null when there is none. */
  firstRunDay: EpochDay | null;
  /** Metres run on each day H .. T (index = day - H). */
  metresByDay: Float64Array;
  /** Longest single run on each day H .. T (index = day - H), 0 on rest days. */
  longestByDay: Float64Array;
};

/** A "painful entry" is above Silbernagel's safe zone of 0-2. */
export const PAINFUL_SCORE = 3;

export function locationKey(entry: PainEntry): string {
  return `${entry.location}_${entry.side}`;
}

// Distances are summed and compared in whole metres so that sums are exact: 5.4 + 10.8 + 9.8 km must
// be 26 km, not 26.000000000000004, or a boundary such as p = 30% would fall on the wrong side. Whole
// metres are also what the app stores, so a log file and the database give the same analysis.
// A run is never shorter than 1 m, so "no run that day" and "a run" stay distinguishable.
export function toMetres(km: number): number {
  return Math.max(1, Math.round(km * 1000));
}

function compareIds(a: TimelineRun, b: TimelineRun): number {
  // Code-unit order, not localeCompare: the same result on every machine. Equal ids (an invalid log)
  // fall back to distance so the order still does not depend on the input order.
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return a.metres - b.metres;
}

/** Counting sort by day (linear in runs + days), then id order within each day's doubles. */
function sortRuns(runs: TimelineRun[], firstDay: EpochDay, dayCount: number): TimelineRun[] {
  const nextSlot = new Int32Array(dayCount + 1);
  for (const run of runs) nextSlot[run.day - firstDay + 1]! += 1;
  for (let i = 1; i <= dayCount; i++) nextSlot[i]! += nextSlot[i - 1]!;
  const sorted = new Array<TimelineRun>(runs.length);
  for (const run of runs) sorted[nextSlot[run.day - firstDay]!++] = run;
  let from = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i === sorted.length || sorted[i]!.day !== sorted[from]!.day) {
      if (i - from > 1) {
        const doubles = sorted.slice(from, i).sort(compareIds);
        for (let j = 0; j < doubles.length; j++) sorted[from + j] = doubles[j]!;
      }
      from = i;
    }
  }
  return sorted;
}

export function buildTimeline(log: TrainingLog, asOfDate: LocalDate): Timeline {
  const asOf = toEpochDay(asOfDate);
  const kept: TimelineRun[] = [];
  let firstRunDay: EpochDay | null = null;
  for (const run of log.runs) {
    const day = toEpochDay(run.date);
    if (day > asOf) continue;
    if (firstRunDay === null || day < firstRunDay) firstRunDay = day;
    kept.push({
      id: run.id,
      day,
      metres: toMetres(run.km),
      shoeId: run.shoeId ?? null,
      pain: run.pain,
    });
  }

  const dayCount = firstRunDay === null ? 0 : asOf - firstRunDay + 1;
  const metresByDay = new Float64Array(dayCount);
  const longestByDay = new Float64Array(dayCount);
  const runs = firstRunDay === null ? [] : sortRuns(kept, firstRunDay, dayCount);
  const pains: TimelinePain[] = [];
  for (let runIndex = 0; runIndex < runs.length; runIndex++) {
    const run = runs[runIndex]!;
    const slot = run.day - (firstRunDay ?? 0);
    metresByDay[slot]! += run.metres;
    if (run.metres > longestByDay[slot]!) longestByDay[slot] = run.metres;
    for (const entry of run.pain) {
      pains.push({ day: run.day, key: locationKey(entry), entry, runIndex });
    }
  }
  for (const painDay of log.painDays) {
    const day = toEpochDay(painDay.date);
    if (day <= asOf) pains.push({ day, key: locationKey(painDay), entry: painDay, runIndex: -1 });
  }

  return {
    asOf,
    asOfDate,
    weekStartsOn: log.weekStartsOn,
    runs,
    pains,
    firstRunDay,
    metresByDay,
    longestByDay,
  };
}

/** Metres run on days from .. to (inclusive), clipped to H .. T. */
export function sumDays(timeline: Timeline, from: EpochDay, to: EpochDay): number {
  if (timeline.firstRunDay === null) return 0;
  const start = Math.max(from, timeline.firstRunDay) - timeline.firstRunDay;
  const end = Math.min(to, timeline.asOf) - timeline.firstRunDay;
  let total = 0;
  for (let i = start; i <= end; i++) total += timeline.metresByDay[i] ?? 0;
  return total;
}

/** Longest single run on days from .. to (inclusive), 0 when there is none. */
export function longestRunBetween(timeline: Timeline, from: EpochDay, to: EpochDay): number {
  if (timeline.firstRunDay === null) return 0;
  const start = Math.max(from, timeline.firstRunDay) - timeline.firstRunDay;
  const end = Math.min(to, timeline.asOf) - timeline.firstRunDay;
  let longest = 0;
  for (let i = start; i <= end; i++) longest = Math.max(longest, timeline.longestByDay[i] ?? 0);
  return longest;
}

/** Runs dated from .. T, oldest first (walks back from the end, so it costs only the window). */
export function runsSince(timeline: Timeline, from: EpochDay): TimelineRun[] {
  let first = timeline.runs.length;
  while (first > 0 && timeline.runs[first - 1]!.day >= from) first--;
  return timeline.runs.slice(first);
}
