// "Can I run today, and how far?": the longest run today that SPIKE would not warn about, and what is
// left of this week's range, both from the rules' own numbers. Pure, like the rest of the analyser.

import { fromEpochDay, weekStartDay } from "./dates";
import { SPIKE_MIN_EXCESS_METRES, SPIKE_SMALL } from "./load-rules";
import { planNextWeek, type NextWeekMode } from "./next-week";
import { buildTimeline, longestRunBetween, runsSince } from "./timeline";
import type { LocalDate, TrainingLog } from "./types";

export type TodayPlan = {
  /** L30: the longest run dated T-30 .. T-1, the base SPIKE compares a run of today with; null when none. */
  longest30Km: number | null;
  /**
   * The longest run today that SPIKE would not warn about: it warns only when a run is more than 10%
   * longer than L30 (Frandsen 2025) and at least 1 km longer, so up to max(1.1 L30, L30 + 1 km), rounded down.
   */
  longRunCeilingKm: number | null;
  /** Runs already logged today. */
  todayKm: number;
  /** This week's range as planned at the end of last week (what last week's review showed), or null. */
  week: { mode: NextWeekMode; lowKm: number; highKm: number; soFarKm: number; leftKm: number } | null;
};

const toKm = (metres: number) => Math.round(metres / 100) / 10;

export function planToday(log: TrainingLog, asOf: LocalDate): TodayPlan {
  const timeline = buildTimeline(log, asOf);
  const today = timeline.asOf;
  const longest30 = longestRunBetween(timeline, today - 30, today - 1);
  // Just under the first distance that warns: more than 1.1 L30 and at least L30 + 1 km both have to hold.
  const ceiling = Math.max(Math.floor(longest30 * SPIKE_SMALL), longest30 + SPIKE_MIN_EXCESS_METRES - 1);
  const todayMetres = runsSince(timeline, today).reduce((sum, run) => sum + run.metres, 0);

  const weekStart = weekStartDay(today, log.weekStartsOn);
  const weekSoFar = runsSince(timeline, weekStart).reduce((sum, run) => sum + run.metres, 0);
  // The plan made on the last day of last week is the plan for this week: the same range the review showed.
  const plan = planNextWeek(log, fromEpochDay(weekStart - 1));
  const range = plan.weeklyKm;
  return {
    longest30Km: longest30 === 0 ? null : toKm(longest30),
    longRunCeilingKm: longest30 === 0 ? null : Math.floor(ceiling / 100) / 10,
    todayKm: toKm(todayMetres),
    week:
      range === null
        ? null
        : {
            mode: plan.mode,
            lowKm: range.low,
            highKm: range.high,
            soFarKm: toKm(weekSoFar),
            leftKm: Math.max(0, Math.round((range.high - weekSoFar / 1000) * 10) / 10),
          },
  };
}
