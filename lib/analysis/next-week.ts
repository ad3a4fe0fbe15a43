// "Next week": a weekly distance range and a longest-run cap that the load rules would not warn about,
// or a hold / reduce when pain alerts are open. Pure; every number is in the result so the UI can show
// why. All sums are in whole metres, like the rules, so a bound is never lost to a rounding error.

import { analyse } from "./analyse";
import { fromEpochDay, toEpochDay, weekStartDay } from "./dates";
import { isPainAlert, weeklyHistory } from "./history";
import { buildTimeline, runsSince } from "./timeline";
import type { AdviceId, LocalDate, TrainingLog } from "./types";

/** The rules' own thresholds (load-rules.ts): WEEKLY_INCREASE warns above +30%, ACWR at 1.5, both need +6 km. */
const INCREASE_LIMIT = 0.3;
const ACWR_LIMIT = 1.5;
const GUARD_METRES = 6000;
/** SPIKE warns above 110% of the 30-day longest. */
const LONG_RUN_STEP = 1.1;
/**
 * Design choices, not from a study: a week under 80% of the recent mean is a recovery week, so that is
 * the bottom of a build or hold range; "reduce" is 50-80% (half echoes the return-to-running advice of
 * restarting at about half the previous weekly distance), and its longest run 80% of the recent longest.
 */
const LOW_SHARE = 0.8;
const REDUCE_LOW_SHARE = 0.5;
const REDUCE_LONG_RUN_SHARE = 0.8;

export type NextWeekMode = "build" | "hold" | "reduce";
/** rules: both weekly rules apply next week; short-history: they do not yet (no 3 earlier weeks); no-recent-runs: nothing in 4 weeks. */
export type NextWeekBasis = "rules" | "short-history" | "no-recent-runs";

export type NextWeekPlan = {
  /** First day of the week planned for (k0 + 1). */
  weekStart: LocalDate;
  /** True while week k0 is not over: more running this week moves the numbers. */
  provisional: boolean;
  mode: NextWeekMode;
  basis: NextWeekBasis;
  /** The suggested weekly distance, null when there is no recent week to base it on. */
  weeklyKm: { low: number; high: number } | null;
  /** The largest week WEEKLY_INCREASE would not warn about (null when the rule would skip: R = 0). */
  increaseLimitKm: number | null;
  /** The largest week ACWR would not warn about (null when it would skip: C < 1 km, or short history). */
  acwrLimitKm: number | null;
  /** R = max(W(k0) .. W(k0-3)), C = mean(W(k0), W(k0-1), W(k0-2)), and the mean of the four weeks. */
  baselineKm: number;
  chronicKm: number;
  recentMeanKm: number;
  /** The longest run of T-29 .. T that did not itself raise a SPIKE: a spike is not a base to build on. */
  longestBaseKm: number | null;
  longestRunKm: number | null;
  /** Location keys of the open pain alerts behind a hold or reduce. */
  painKeys: string[];
  advice: AdviceId[];
};

const floorTo100 = (metres: number) => Math.floor(metres / 100) * 100;
const ceilTo100 = (metres: number) => Math.ceil(metres / 100) * 100;
const toKm = (metres: number) => Math.round(metres / 100) / 10;

/**
 * The largest next week WEEKLY_INCREASE would not warn about. It warns when D >= 6 km and p > 30%, with
 * R = the highest of the 4 weeks before next week; so W <= 1.3 R is fine, and so is W - R < 6 km.
 * Info (20-30%) is allowed: it is not a warning.
 */
export function weeklyIncreaseLimit(baselineMetres: number): number | null {
  if (baselineMetres <= 0) return null;
  return Math.max(Math.floor(baselineMetres * (1 + INCREASE_LIMIT)), baselineMetres + GUARD_METRES - 1);
}

/**
 * The largest next week ACWR would not warn about, given the sum of the 3 weeks before it. It warns when
 * 3W / sum >= 1.5 and 3W - sum >= 18 km (A/C >= 1.5 and A - C >= 6 with C = sum / 3); skipped for C < 1 km.
 */
export function acwrLimit(chronicSumMetres: number): number | null {
  if (chronicSumMetres < 3000) return null;
  const underRatio = Math.ceil((chronicSumMetres * ACWR_LIMIT) / 3) - 1;
  const underGuard = Math.ceil((chronicSumMetres + 3 * GUARD_METRES) / 3) - 1;
  return Math.max(underRatio, underGuard);
}

/** The plan for the week after the one holding `asOf`, from the analysis as of `asOf`. */
export function planNextWeek(log: TrainingLog, asOf: LocalDate): NextWeekPlan {
  const { weeks, alerts } = analyse(log, asOf);
  const currentStart = weekStartDay(toEpochDay(asOf), log.weekStartsOn);
  // W(k0 - weeksAgo) in whole metres (week km are whole metres / 1000); 0 before the first week.
  const weekMetres = (weeksAgo: number) => Math.round((weeks[weeks.length - 1 - weeksAgo]?.km ?? 0) * 1000);
  const lastFour = [0, 1, 2, 3].map(weekMetres);
  const existing = Math.min(4, weeks.length);
  const baseline = Math.max(...lastFour);
  const chronicSum = lastFour[0]! + lastFour[1]! + lastFour[2]!;
  const recentMean = existing > 0 ? lastFour.reduce((sum, metres) => sum + metres, 0) / existing : 0;

  // Next week's rules need H on or before the first day of (k0+1) - 3 = k0 - 2.
  const timeline = buildTimeline(log, asOf);
  const rulesApply = timeline.firstRunDay !== null && timeline.firstRunDay <= currentStart - 14;
  // Used even before the rules apply (short history), as a guide: the same step on the weeks there are.
  const increaseLimit = weeklyIncreaseLimit(baseline);
  // With fewer than 3 earlier weeks C would average in weeks before the first run; the rule would not
  // run, and a bound from zeros would be meaningless.
  const chronicLimit = rulesApply ? acwrLimit(chronicSum) : null;

  const painAlerts = alerts.filter(isPainAlert);
  const mode: NextWeekMode =
    painAlerts.length === 0 ? "build" : painAlerts.some((alert) => alert.severity === "high") ? "reduce" : "hold";

  let weeklyKm: NextWeekPlan["weeklyKm"] = null;
  if (baseline > 0) {
    const ruleHigh = Math.min(increaseLimit ?? Infinity, chronicLimit ?? Infinity);
    const [lowShare, highShare] =
      mode === "build" ? [LOW_SHARE, Infinity] : mode === "hold" ? [LOW_SHARE, 1] : [REDUCE_LOW_SHARE, LOW_SHARE];
    const high = floorTo100(Math.min(ruleHigh, recentMean * highShare));
    const low = Math.min(high, ceilTo100(recentMean * lowShare));
    weeklyKm = { low: toKm(low), high: toKm(high) };
  }

  // Runs that spiked are found by the analyser itself, as of the end of each week they were run in.
  const spiked = new Set(
    weeklyHistory(log, asOf, 6).flatMap((week) =>
      week.alerts.filter((alert) => alert.rule === "SPIKE").map((alert) => alert.key),
    ),
  );
  let longestBase = 0;
  for (const run of runsSince(timeline, timeline.asOf - 29)) {
    if (!spiked.has(run.id) && run.metres > longestBase) longestBase = run.metres;
  }
  const longShare = mode === "build" ? LONG_RUN_STEP : mode === "hold" ? 1 : REDUCE_LONG_RUN_SHARE;

  const advice = new Set<AdviceId>();
  if (baseline === 0) advice.add("return-to-running");
  if (alerts.some((alert) => alert.rule === "RETURN")) advice.add("return-to-running");
  if (mode === "build") {
    advice.add("gradual-progression").add("long-run-steps");
  } else {
    // With pain the advice is the pain alerts' own, and always the signs that need a professional.
    for (const alert of painAlerts) for (const id of alert.advice) advice.add(id);
    advice.add("see-a-professional");
  }

  return {
    weekStart: fromEpochDay(currentStart + 7),
    provisional: toEpochDay(asOf) < currentStart + 6,
    mode,
    basis: baseline === 0 ? "no-recent-runs" : rulesApply ? "rules" : "short-history",
    weeklyKm,
    increaseLimitKm: increaseLimit === null ? null : toKm(floorTo100(increaseLimit)),
    acwrLimitKm: chronicLimit === null ? null : toKm(floorTo100(chronicLimit)),
    baselineKm: toKm(baseline),
    chronicKm: toKm(chronicSum / 3),
    recentMeanKm: toKm(recentMean),
    longestBaseKm: longestBase === 0 ? null : toKm(longestBase),
    longestRunKm: longestBase === 0 ? null : toKm(floorTo100(longestBase * longShare)),
    painKeys: [...new Set(painAlerts.map((alert) => alert.key))],
    advice: [...advice],
  };
}
