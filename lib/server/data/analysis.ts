import "server-only";
import { analyse } from "../../analysis";
import { addDays, daysBetween } from "../../analysis/dates";
import { weeklyHistory, type WeekHistory } from "../../analysis/history";
import { planNextWeek, type NextWeekPlan } from "../../analysis/next-week";
import { isReviewableWeek } from "../../analysis/review-range";
import { planToday, type TodayPlan } from "../../analysis/today";
import type { AnalysedRun, AnalysisResult, LocalDate, PainDay, TrainingLog } from "../../analysis/types";
import type { User } from "../../generated/prisma/client";
import { readLog } from "../db";
import { todayFor } from "./alerts";
import { loadTrainingLog } from "./training-log";

type Owner = Pick<User, "id" | "timezone" | "weekStartsOn" | "logVersion">;

// Everything the dashboard, the weekly review and the runs list derive from the log only changes when
// the log, the settings or the date change. One small per-process cache, keyed by all three, holds the
// log itself and whatever was computed from it, so a view reads the database once per log version and
// the analyser runs at most once per question.
const MAX_CACHED = 300;
const cache = new Map<string, unknown>();

function versionKey(user: Owner): string {
  return `${user.id}|${user.logVersion}|${user.weekStartsOn}|${todayFor(user)}`;
}

async function cached<T>(key: string, compute: () => Promise<T> | T): Promise<T> {
  if (cache.has(key)) return cache.get(key) as T;
  const value = await compute();
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

function getLog(user: Owner): Promise<TrainingLog> {
  return cached(`${versionKey(user)}|log`, () => readLog(user.id, (client) => loadTrainingLog(client, user)));
}

export async function getAnalysis(user: Owner): Promise<AnalysisResult> {
  return cached(`${versionKey(user)}|analysis`, async () => analyse(await getLog(user), todayFor(user)));
}

/** What the analyser raised in each of the last `weeks` weeks, and each week's 30-day longest. */
export async function getWeeklyHistory(user: Owner, weeks: number): Promise<WeekHistory[]> {
  return cached(`${versionKey(user)}|history|${weeks}`, async () =>
    weeklyHistory(await getLog(user), todayFor(user), weeks),
  );
}

/** Today's guidance on the dashboard: the long-run ceiling and what is left of this week's range. */
export async function getTodayPlan(user: Owner): Promise<TodayPlan> {
  return cached(`${versionKey(user)}|today`, async () => planToday(await getLog(user), todayFor(user)));
}

export type WeekReview = {
  /** The week as the analyser judged it on its last day (or today for the current week). */
  week: WeekHistory;
  /** The same for the previous three weeks, oldest first, for the pain trend. */
  previous: WeekHistory[];
  runs: AnalysedRun[];
  painDays: PainDay[];
  /** The plan for the following week, as of the end of this one. */
  plan: NextWeekPlan;
  /** The range planned for this week as it stood at the end of the week before (the review's chart). */
  range: NextWeekPlan["weeklyKm"];
};

function inWeek(date: LocalDate, start: LocalDate, asOf: LocalDate): boolean {
  return date >= start && date <= asOf;
}

/**
 * The review of the week starting `start`: null when it is after this week or more than a year before
 * the log's first entry (review-range.ts). A week with no runs, even before the first run, still has
 * its review: no runs, nothing raised, and the plan as of its end.
 */
export async function getWeekReview(user: Owner, start: LocalDate): Promise<WeekReview | null> {
  const today = todayFor(user);
  if (daysBetween(start, today) < 0) return null;
  return cached(`${versionKey(user)}|review|${start}`, async () => {
    const log = await getLog(user);
    if (!isReviewableWeek(log, start, today)) return null;
    const asOf = daysBetween(today, addDays(start, 6)) > 0 ? today : addDays(start, 6);
    const history = weeklyHistory(log, asOf, 4);
    // Before the first run the analyser has no weeks: the week is an empty one.
    const week = history.at(-1)?.start === start ? history.at(-1)! : { start, asOf, alerts: [], longestKm: 0, longestDate: null, longest30Km: null };
    const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
    return {
      week,
      previous: history.at(-1) === week ? history.slice(0, -1) : [],
      runs: log.runs.filter((run) => inWeek(run.date, start, asOf)).sort(byDate),
      painDays: log.painDays.filter((day) => inWeek(day.date, start, asOf)).sort(byDate),
      plan: planNextWeek(log, asOf),
      range: planNextWeek(log, addDays(start, -1)).weeklyKm,
    };
  });
}
