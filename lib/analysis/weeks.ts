// Weekly series (the runner's own weeks, from the week of H through k0) and the display-only EWMA.

import { weekStartDay, fromEpochDay, type EpochDay } from "./dates";
import { roundTo } from "./alerts";
import type { Timeline } from "./timeline";
import type { WeekSummary } from "./types";

export type WeeklyLoad = {
  /** First day of the week containing H (week index 0). */
  firstWeekStart: EpochDay;
  /** First day of k0, the week containing T (the last index). */
  currentWeekStart: EpochDay;
  /** Per week, oldest first: metres, number of runs, longest run in metres. */
  metres: number[];
  runs: number[];
  longest: number[];
};

/** Null when there is no run dated <= T (then there are no weeks and no load rules). */
export function buildWeeklyLoad(timeline: Timeline): WeeklyLoad | null {
  if (timeline.firstRunDay === null) return null;
  const firstWeekStart = weekStartDay(timeline.firstRunDay, timeline.weekStartsOn);
  const currentWeekStart = weekStartDay(timeline.asOf, timeline.weekStartsOn);
  const weekCount = (currentWeekStart - firstWeekStart) / 7 + 1;
  const metres = new Array<number>(weekCount).fill(0);
  const runs = new Array<number>(weekCount).fill(0);
  const longest = new Array<number>(weekCount).fill(0);
  for (const run of timeline.runs) {
    const week = Math.floor((run.day - firstWeekStart) / 7);
    metres[week]! += run.metres;
    runs[week]! += 1;
    if (run.metres > longest[week]!) longest[week] = run.metres;
  }
  return { firstWeekStart, currentWeekStart, metres, runs, longest };
}

/** W(k0 - weeksAgo) in metres; 0 for weeks before the first run. */
export function weekMetres(load: WeeklyLoad, weeksAgo: number): number {
  return load.metres[load.metres.length - 1 - weeksAgo] ?? 0;
}

// Display only (spec "ACWR (display)"): lambda = 2 / (N + 1) with N = 7 and N = 28 days. Never an
// alert: it fires on steady one-long-run-a-week runners and misses real jumps.
const ACUTE_LAMBDA = 2 / 8;
const CHRONIC_LAMBDA = 2 / 29;
/** Shown only once T - H >= 41 days; before that the chronic average is mostly its zero start. */
const EWMA_MIN_HISTORY_DAYS = 41;

type WeekEwma = { acute: number; chronic: number };

/** The EWMA of daily km at each week's last day (or at T for k0); null while the history is too short. */
function computeWeekEwma(timeline: Timeline, load: WeeklyLoad): WeekEwma[] | null {
  const firstRunDay = timeline.firstRunDay;
  if (firstRunDay === null || timeline.asOf - firstRunDay < EWMA_MIN_HISTORY_DAYS) return null;
  const atWeekEnd: WeekEwma[] = [];
  // Both start at 0 on H - 1; rest days count as 0 km.
  let acute = 0;
  let chronic = 0;
  for (let day = firstRunDay; day <= timeline.asOf; day++) {
    const km = (timeline.metresByDay[day - firstRunDay] ?? 0) / 1000;
    acute = ACUTE_LAMBDA * km + (1 - ACUTE_LAMBDA) * acute;
    chronic = CHRONIC_LAMBDA * km + (1 - CHRONIC_LAMBDA) * chronic;
    const dayInWeeks = day - load.firstWeekStart;
    if (dayInWeeks % 7 === 6 || day === timeline.asOf) {
      atWeekEnd[Math.floor(dayInWeeks / 7)] = { acute, chronic };
    }
  }
  return atWeekEnd;
}

export function summariseWeeks(timeline: Timeline, load: WeeklyLoad | null): WeekSummary[] {
  if (load === null) return [];
  const weekCount = load.metres.length;
  const maxPain = new Array<number>(weekCount).fill(0);
  const maxPainByLocation: Record<string, number>[] = [];
  const morningPainByLocation: Record<string, number>[] = [];
  const runPainByLocation: Record<string, number>[] = [];
  for (let week = 0; week < weekCount; week++) {
    maxPainByLocation.push({});
    morningPainByLocation.push({});
    runPainByLocation.push({});
  }
  for (const pain of timeline.pains) {
    const week = Math.floor((pain.day - load.firstWeekStart) / 7);
    const byLocation = maxPainByLocation[week];
    // Pain on rest days before the week of H has no week to go in.
    if (byLocation === undefined) continue;
    const score = pain.entry.score;
    if (score > maxPain[week]!) maxPain[week] = score;
    byLocation[pain.key] = Math.max(byLocation[pain.key] ?? 0, score);
    const byTiming = (pain.entry.timing === "next_morning" ? morningPainByLocation : runPainByLocation)[week]!;
    byTiming[pain.key] = Math.max(byTiming[pain.key] ?? 0, score);
  }

  const ewma = computeWeekEwma(timeline, load);
  const weeks: WeekSummary[] = [];
  for (let week = 0; week < weekCount; week++) {
    const atWeekEnd = ewma?.[week];
    const acute = atWeekEnd ? roundTo(atWeekEnd.acute, 2) : null;
    const chronic = atWeekEnd ? roundTo(atWeekEnd.chronic, 2) : null;
    const ratio =
      atWeekEnd && atWeekEnd.chronic > 0 ? roundTo(atWeekEnd.acute / atWeekEnd.chronic, 2) : null;
    weeks.push({
      start: fromEpochDay(load.firstWeekStart + week * 7),
      km: load.metres[week]! / 1000,
      runs: load.runs[week]!,
      longestKm: load.longest[week]! / 1000,
      maxPain: maxPain[week]!,
      maxPainByLocation: maxPainByLocation[week]!,
      morningPainByLocation: morningPainByLocation[week]!,
      runPainByLocation: runPainByLocation[week]!,
      acute,
      chronic,
      ratio,
    });
  }
  return weeks;
}
