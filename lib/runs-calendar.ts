// The runs page's month calendar: the month as weeks of days (the runner's week start), each day with
// its runs, a dot size from the distance and a pain level for the colour. Plain data, so the page only
// draws it and the tests check it without a browser.

import { addDays, weekStartOf } from "./analysis/dates";
import type { LocalDate, WeekStart } from "./analysis/types";

export type CalendarRun = { id: string; date: LocalDate; km: number; maxPain: number | null };
export type PainLevel = "none" | "low" | "moderate" | "high";
export type CalendarDay = { date: LocalDate; day: number; inMonth: boolean; runs: CalendarRun[]; km: number; maxPain: number | null };

/** The smallest and largest dot, in px: a short run is still visible, the longest fills the cell. */
export const DOT_MIN_PX = 8;
export const DOT_MAX_PX = 26;

/** Pain 1-3 is light (acceptable if it settles), 4-5 moderate, 6 or more high: ANALYSIS-RULES.md's bands. */
export function painLevel(score: number | null): PainLevel {
  if (score === null || score === 0) return "none";
  if (score <= 3) return "low";
  if (score <= 5) return "moderate";
  return "high";
}

/** A day's dot: its area grows with the distance, up to the month's longest day. */
export function dotSize(km: number, longestKm: number): number {
  if (km <= 0 || longestKm <= 0) return 0;
  const scaled = DOT_MIN_PX + (DOT_MAX_PX - DOT_MIN_PX) * Math.sqrt(Math.min(km, longestKm) / longestKm);
  return Math.round(scaled);
}

function daysInMonth(month: string): number {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
}

/** The month "YYYY-MM" before or after `month`. */
export function shiftMonth(month: string, by: number): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const date = new Date(Date.UTC(year, monthNumber - 1 + by, 1));
  return date.toISOString().slice(0, 7);
}

/** The weeks of `month`, whole weeks from the runner's week start, with the runs of each day. */
export function monthGrid(month: string, weekStartsOn: WeekStart, runs: CalendarRun[]): CalendarDay[][] {
  const first = `${month}-01`;
  const last = `${month}-${String(daysInMonth(month)).padStart(2, "0")}`;
  const byDate = new Map<LocalDate, CalendarRun[]>();
  for (const run of runs) byDate.set(run.date, [...(byDate.get(run.date) ?? []), run]);
  const weeks: CalendarDay[][] = [];
  for (let start = weekStartOf(first, weekStartsOn); start <= last; start = addDays(start, 7)) {
    weeks.push(
      Array.from({ length: 7 }, (_, i) => {
        const date = addDays(start, i);
        const inMonth = date >= first && date <= last;
        const dayRuns = inMonth ? (byDate.get(date) ?? []) : [];
        const pains = dayRuns.map((run) => run.maxPain).filter((score): score is number => score !== null);
        return {
          date,
          day: Number(date.slice(8, 10)),
          inMonth,
          runs: dayRuns,
          km: Math.round(dayRuns.reduce((sum, run) => sum + run.km, 0) * 100) / 100,
          maxPain: pains.length > 0 ? Math.max(...pains) : null,
        };
      }),
    );
  }
  return weeks;
}
