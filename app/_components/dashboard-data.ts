import "server-only";
import { addDays, daysBetween } from "@/lib/analysis/dates";
import { weeklyHistory, type WeekHistory } from "@/lib/analysis/history";
import { planNextWeek, type NextWeekPlan } from "@/lib/analysis/next-week";
import type { AnalysedRun, LocalDate, PainDay, TrainingLog } from "@/lib/analysis/types";
import type { User } from "@/lib/generated/prisma/client";
import { todayFor } from "@/lib/server/data/alerts";
import { loadTrainingLog } from "@/lib/server/data/training-log";
import { db } from "@/lib/server/db";

// Reads for the dashboard and the weekly review that lib/server/data has no function for yet: the
// per-week history (one analysis per week) and the next-week plan. They belong in lib/server/data
// (issue 4 kept this change inside app/); the user's own id is the only way in, as everywhere else.

type Owner = Pick<User, "id" | "timezone" | "weekStartsOn" | "logVersion">;

// Like getAnalysis: results only change with the log, the settings or the date, so a small
// per-process cache keyed by all of them saves re-running the analyser up to 52 times per view.
const MAX_CACHED = 100;
const cache = new Map<string, unknown>();

async function cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit !== undefined) return hit as T;
  const value = await compute();
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

function cacheKey(user: Owner, ...parts: (string | number)[]): string {
  return [user.id, user.logVersion, user.weekStartsOn, todayFor(user), ...parts].join("|");
}

/** What the analyser raised in each of the last `weeks` weeks, and each week's 30-day longest. */
export async function getWeeklyHistory(user: Owner, weeks: number): Promise<WeekHistory[]> {
  return cached(cacheKey(user, "history", weeks), async () => {
    const log = await loadTrainingLog(db, user);
    return weeklyHistory(log, todayFor(user), weeks);
  });
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
};

function inWeek(date: LocalDate, start: LocalDate, asOf: LocalDate): boolean {
  return date >= start && date <= asOf;
}

/** The review of the week starting `start`; null when it is after this week or before the first run. */
export async function getWeekReview(user: Owner, start: LocalDate): Promise<WeekReview | null> {
  const today = todayFor(user);
  if (daysBetween(start, today) < 0) return null;
  return cached(cacheKey(user, "review", start), async () => {
    const log: TrainingLog = await loadTrainingLog(db, user);
    const asOf = daysBetween(today, addDays(start, 6)) > 0 ? today : addDays(start, 6);
    const history = weeklyHistory(log, asOf, 4);
    const week = history.at(-1);
    if (week === undefined || week.start !== start) return null;
    const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
    return {
      week,
      previous: history.slice(0, -1),
      runs: log.runs.filter((run) => inWeek(run.date, start, asOf)).sort(byDate),
      painDays: log.painDays.filter((day) => inWeek(day.date, start, asOf)).sort(byDate),
      plan: planNextWeek(log, asOf),
    };
  });
}
