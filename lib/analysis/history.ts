// What the analyser said about each past week, for the dashboard's charts and the weekly review.
//
// A past week is judged exactly as the rules would have judged it on its last day: the analyser runs
// again with T = that day (or today for the current week). There is no second implementation of any
// rule here, so a week is marked on the charts if and only if the analyser raised the alert that week.

import { analyse } from "./analyse";
import { fromEpochDay, toEpochDay, weekStartDay } from "./dates";
import { buildTimeline, longestRunBetween } from "./timeline";
import type { Alert, LocalDate, RuleId, TrainingLog } from "./types";

/** The rules about how much and how far (ANALYSIS-RULES "load"); the others are about pain and shoes. */
export const LOAD_RULES = ["WEEKLY_INCREASE", "ACWR", "SPIKE", "RETURN"] as const satisfies readonly RuleId[];

export function isLoadAlert(alert: Alert): boolean {
  return (LOAD_RULES as readonly RuleId[]).includes(alert.rule);
}

export function isPainAlert(alert: Alert): boolean {
  return alert.rule.startsWith("PAIN_");
}

/** The rules keyed by the week they judge: as of T they judge this week and last week. */
const WEEK_KEYED_RULES: readonly RuleId[] = ["WEEKLY_INCREASE", "ACWR"];

/**
 * Whether an alert of the analysis as of a week's last day (or today) is about that week: as of T the
 * weekly rules also judge last week and SPIKE looks at the runs of T-6 .. T, which for the current,
 * partial week reaches into the week before. Those belong to their own week, not this one.
 */
function raisedInWeek(alert: Alert, weekStart: LocalDate): boolean {
  if (WEEK_KEYED_RULES.includes(alert.rule)) return alert.key === weekStart;
  if (alert.rule === "SPIKE") return typeof alert.data.date !== "string" || alert.data.date >= weekStart;
  return true;
}

/** The week is the current one and not over yet: its totals are "so far", never a percentage change. */
export function isWeekUnderWay(week: Pick<WeekHistory, "start" | "asOf">): boolean {
  return week.asOf < fromEpochDay(toEpochDay(week.start) + 6);
}

export type WeekHistory = {
  /** First day of the week (the runner's week start). */
  start: LocalDate;
  /** The T the week was analysed as of: its last day, or the analysis date for the current week. */
  asOf: LocalDate;
  /** Every alert of the analysis as of `asOf`: what the analyser raised that week. */
  alerts: Alert[];
  /** The week's longest run, 0 without runs. */
  longestKm: number;
  /** The date of the week's longest run (the earliest of equally long ones), null without runs. */
  longestDate: LocalDate | null;
  /**
   * The 30-day longest the week's longest run is measured against: the longest run dated d-30 .. d-1,
   * d = longestDate. That is the SPIKE rule's own L30 for that run (a double on the same day does not
   * count), so the long-run chart and the rule cannot disagree. The earliest of equally long runs is
   * taken because a later one would have the earlier one in its window. Null without runs that week or
   * without any run in the 30 days before it.
   */
  longest30Km: number | null;
};

/**
 * The last `weeks` weeks up to the week holding `asOf` (fewer when the log is younger), oldest first.
 * Costs one analysis per week: O(weeks x log size).
 */
export function weeklyHistory(log: TrainingLog, asOf: LocalDate, weeks: number): WeekHistory[] {
  const timeline = buildTimeline(log, asOf);
  const firstRunDay = timeline.firstRunDay;
  if (firstRunDay === null || weeks < 1) return [];
  const currentWeek = weekStartDay(timeline.asOf, log.weekStartsOn);
  const firstWeek = Math.max(weekStartDay(firstRunDay, log.weekStartsOn), currentWeek - 7 * (weeks - 1));

  const history: WeekHistory[] = [];
  for (let start = firstWeek; start <= currentWeek; start += 7) {
    const end = Math.min(start + 6, timeline.asOf);
    let longest = 0;
    let longestDay: number | null = null;
    for (let day = Math.max(start, firstRunDay); day <= end; day++) {
      const metres = timeline.longestByDay[day - firstRunDay] ?? 0;
      if (metres > longest) {
        longest = metres;
        longestDay = day;
      }
    }
    const longest30 = longestDay === null ? 0 : longestRunBetween(timeline, longestDay - 30, longestDay - 1);
    const weekAsOf = fromEpochDay(end);
    history.push({
      start: fromEpochDay(start),
      asOf: weekAsOf,
      alerts: analyse(log, weekAsOf).alerts.filter((alert) => raisedInWeek(alert, fromEpochDay(start))),
      longestKm: longest / 1000,
      longestDate: longestDay === null ? null : fromEpochDay(longestDay),
      longest30Km: longest30 === 0 ? null : longest30 / 1000,
    });
  }
  return history;
}
