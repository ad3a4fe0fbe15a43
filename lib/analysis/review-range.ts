// Which weeks have a review page. Every week from a year before the log's first entry up to the
// current week opens, with or without runs in it ("no runs this week"); anything earlier, or after
// this week, is not a week of the log and stays a 404.

import { addDays, weekStartOf } from "./dates";
import type { LocalDate, TrainingLog, WeekSummary } from "./types";

/** How far before the first entry (or before today, for an empty log) a review still opens. */
export const REVIEW_WEEKS_BEFORE_FIRST = 52;

/** The first day of the first and of the last week with a review page. */
export function reviewRange(log: Pick<TrainingLog, "runs" | "painDays" | "weekStartsOn">, today: LocalDate): { first: LocalDate; last: LocalDate } {
  const dates = [...log.runs.map((run) => run.date), ...log.painDays.map((day) => day.date), today].sort();
  return {
    first: addDays(weekStartOf(dates[0]!, log.weekStartsOn), -7 * REVIEW_WEEKS_BEFORE_FIRST),
    last: weekStartOf(today, log.weekStartsOn),
  };
}

/** Whether the week starting `start` has a review page. */
export function isReviewableWeek(log: Pick<TrainingLog, "runs" | "painDays" | "weekStartsOn">, start: LocalDate, today: LocalDate): boolean {
  const { first, last } = reviewRange(log, today);
  return start >= first && start <= last;
}

/** A week in which nothing was run: the totals of a week before the first run, or of an empty log. */
export function emptyWeekSummary(start: LocalDate): WeekSummary {
  return {
    start,
    km: 0,
    runs: 0,
    longestKm: 0,
    maxPain: 0,
    maxPainByLocation: {},
    morningPainByLocation: {},
    runPainByLocation: {},
    acute: null,
    chronic: null,
    ratio: null,
  };
}
