// Load rules: WEEKLY_INCREASE, ACWR, SPIKE, RETURN (ANALYSIS-RULES.md). All distances are whole metres.

import { createAlert, kmForDisplay, roundTo } from "./alerts";
import { fromEpochDay, type EpochDay } from "./dates";
import { longestRunBetween, runsSince, sumDays, type Timeline } from "./timeline";
import type { Alert, Severity } from "./types";
import { weekMetres, type WeeklyLoad } from "./weeks";

/** G = 6 km: percentage rules misfire on small bases (5 -> 10 km is +100%). */
const ABSOLUTE_GUARD_METRES = 6000;
/** Nielsen 2014 / Damsted 2019: > 30% a week went with more distance-related injuries. */
const WEEKLY_INCREASE_WARNING = 0.3;
const WEEKLY_INCREASE_INFO = 0.2;
/** Gabbett 2016's "danger" ratio; contested, so one warning among several and never "high". */
const ACWR_WARNING_RATIO = 1.5;
/** C < 1 km a week: too little history for a ratio to mean anything. */
const ACWR_MIN_CHRONIC_METRES = 1000;
/** Frandsen 2025 (Garmin-RUNSAFE): > 10%, > 30% and > 100% longer than the longest of 30 days. */
export const SPIKE_SMALL = 1.1;
const SPIKE_MODERATE = 1.3;
const SPIKE_LARGE = 2.0;
/** GPS noise guard: a spike must also be at least 1 km longer. */
export const SPIKE_MIN_EXCESS_METRES = 1000;
const SPIKE_MIN_HISTORY_DAYS = 14;
/** SPIKE looks at the runs of T-6 .. T. */
const SPIKE_WINDOW_DAYS = 7;
const RETURN_MIN_GAP_DAYS = 14;
const RETURN_ACTIVE_DAYS = 14;

/**
 * The weeks the weekly rules evaluate (ANALYSIS-RULES, "Runs logged late"): k0, this week (possibly
 * partial), and k0-1, last week, so that a week's runs logged on the Tuesday after still warn. Each is
 * judged against the weeks before it and keyed by its own first day.
 */
export const EVALUATED_WEEKS = [
  { weeksAgo: 0, week: "this" },
  { weeksAgo: 1, week: "last" },
] as const;
type EvaluatedWeek = (typeof EVALUATED_WEEKS)[number];

/** Week k is evaluated only when H <= the first day of week k-3: three whole earlier weeks to compare with. */
function hasWeeklyBaseline(timeline: Timeline, weekStart: EpochDay): boolean {
  return timeline.firstRunDay !== null && timeline.firstRunDay <= weekStart - 21;
}

/** The first day of the evaluated week, or null when it has no baseline yet. */
function evaluatedWeekStart(timeline: Timeline, load: WeeklyLoad, evaluated: EvaluatedWeek): EpochDay | null {
  const weekStart = load.currentWeekStart - 7 * evaluated.weeksAgo;
  return hasWeeklyBaseline(timeline, weekStart) ? weekStart : null;
}

/** Which week an alert is about, in its data: the UI says "this week" or "last week (23-29 Nov)". */
function weekFields(evaluated: EvaluatedWeek, weekStart: EpochDay) {
  return { week: evaluated.week, weekStart: fromEpochDay(weekStart), weekEnd: fromEpochDay(weekStart + 6) };
}

export function weeklyIncreaseAlert(timeline: Timeline, load: WeeklyLoad, evaluated: EvaluatedWeek): Alert | null {
  const weekStart = evaluatedWeekStart(timeline, load, evaluated);
  if (weekStart === null) return null;
  const k = evaluated.weeksAgo;
  const week = weekMetres(load, k);
  // The highest of the previous 4 weeks, so that a rest week is never the baseline.
  const baseline = Math.max(
    weekMetres(load, k + 1),
    weekMetres(load, k + 2),
    weekMetres(load, k + 3),
    weekMetres(load, k + 4),
  );
  if (baseline === 0) return null;
  const increase = week - baseline;
  const fraction = increase / baseline;
  if (increase < ABSOLUTE_GUARD_METRES || fraction <= WEEKLY_INCREASE_INFO) return null;
  const severity: Severity = fraction > WEEKLY_INCREASE_WARNING ? "warning" : "info";
  return createAlert(
    timeline,
    "WEEKLY_INCREASE",
    severity,
    fromEpochDay(weekStart),
    {
      weekKm: kmForDisplay(week),
      baselineKm: kmForDisplay(baseline),
      increaseKm: kmForDisplay(increase),
      percent: roundTo(fraction * 100, 1),
      ...weekFields(evaluated, weekStart),
    },
    ["gradual-progression"],
  );
}

export function acwrAlert(timeline: Timeline, load: WeeklyLoad, evaluated: EvaluatedWeek): Alert | null {
  const weekStart = evaluatedWeekStart(timeline, load, evaluated);
  if (weekStart === null) return null;
  const k = evaluated.weeksAgo;
  const acute = weekMetres(load, k);
  // C = (W(k-1) + W(k-2) + W(k-3)) / 3; week k is not part of it. Kept as the sum and compared as 3A vs
  // the sum, so an exact ratio of 1.5 or a difference of exactly 6 km is not lost to a rounded third.
  const chronicSum = weekMetres(load, k + 1) + weekMetres(load, k + 2) + weekMetres(load, k + 3);
  if (chronicSum < 3 * ACWR_MIN_CHRONIC_METRES) return null;
  const ratio = (3 * acute) / chronicSum;
  if (ratio < ACWR_WARNING_RATIO || 3 * acute - chronicSum < 3 * ABSOLUTE_GUARD_METRES) return null;
  return createAlert(
    timeline,
    "ACWR",
    "warning",
    fromEpochDay(weekStart),
    {
      acuteKm: kmForDisplay(acute),
      chronicKm: kmForDisplay(chronicSum / 3),
      ratio: roundTo(ratio, 2),
      ...weekFields(evaluated, weekStart),
    },
    ["gradual-progression", "rest-and-recovery"],
  );
}

/**
 * One alert per run of the last 7 days (T-6 .. T, not the calendar week: Saturday's long run logged on
 * Tuesday still warns) that is much longer than the longest run of the 30 days before it.
 */
export function spikeAlerts(timeline: Timeline): Alert[] {
  if (timeline.firstRunDay === null) return [];
  const alerts: Alert[] = [];
  const from = Math.max(timeline.asOf - SPIKE_WINDOW_DAYS + 1, timeline.firstRunDay + SPIKE_MIN_HISTORY_DAYS);
  for (const run of runsSince(timeline, from)) {
    // r-30 .. r-1: a double on the same day is not part of the comparison.
    const longest30 = longestRunBetween(timeline, run.day - 30, run.day - 1);
    if (longest30 === 0 || run.metres - longest30 < SPIKE_MIN_EXCESS_METRES) continue;
    const ratio = run.metres / longest30;
    if (ratio <= SPIKE_SMALL) continue;
    const size = ratio > SPIKE_LARGE ? "large" : ratio > SPIKE_MODERATE ? "moderate" : "small";
    alerts.push(
      createAlert(
        timeline,
        "SPIKE",
        size === "large" ? "high" : "warning",
        run.id,
        {
          ratio: roundTo(ratio, 2),
          runKm: kmForDisplay(run.metres),
          longest30Km: kmForDisplay(longest30),
          date: fromEpochDay(run.day),
          size,
        },
        ["long-run-steps"],
      ),
    );
  }
  return alerts;
}

/**
 * A return run R follows a gap of >= 14 days after P, the latest run dated before R (date differences
 * are calendar days of local dates). H itself is never a return. Active while R <= T <= R + 13. A second
 * return cannot be active at once (it would need its own 14-day gap inside R's 14 days), so the scan
 * walks back over the last 14 days only.
 */
export function returnAlert(timeline: Timeline): Alert | null {
  const runs = timeline.runs;
  for (let i = runs.length - 1; i > 0; i--) {
    const run = runs[i]!;
    if (timeline.asOf - run.day >= RETURN_ACTIVE_DAYS) break;
    const previousDay = runs[i - 1]!.day;
    const gapDays = run.day - previousDay;
    // Several runs on R's date: R is the first of them in id order (runs are sorted that way), since
    // for the others the previous run is on the same day.
    if (gapDays < RETURN_MIN_GAP_DAYS) continue;
    // PB = km from P-27 .. P divided by 4; F = km from R .. min(R+6, T), every run of those days.
    const previousWeekly = sumDays(timeline, previousDay - 27, previousDay) / 4;
    const firstWeek = sumDays(timeline, run.day, Math.min(run.day + 6, timeline.asOf));
    const limit = Math.max(0.5 * previousWeekly, ABSOLUTE_GUARD_METRES);
    return createAlert(
      timeline,
      "RETURN",
      firstWeek > limit ? "warning" : "info",
      run.id,
      {
        gapDays,
        previousWeeklyKm: kmForDisplay(previousWeekly),
        firstWeekKm: kmForDisplay(firstWeek),
        limitKm: kmForDisplay(limit),
        returnDate: fromEpochDay(run.day),
        daysSinceReturn: timeline.asOf - run.day,
      },
      ["return-to-running"],
    );
  }
  return null;
}

export function loadAlerts(timeline: Timeline, load: WeeklyLoad | null): Alert[] {
  if (load === null) return [];
  const alerts = [
    ...EVALUATED_WEEKS.flatMap((week) => [weeklyIncreaseAlert(timeline, load, week), acwrAlert(timeline, load, week)]),
    returnAlert(timeline),
  ];
  return [...alerts.filter((alert): alert is Alert => alert !== null), ...spikeAlerts(timeline)];
}
