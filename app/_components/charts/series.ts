// Chart rows from the analyser's weekly series and the per-week history: plain, serialisable, and
// already in the runner's unit, so the client components only draw. Nothing here recomputes a week,
// a load or a rule: distances come from WeekSummary, marks from the alerts of WeekHistory.

import { describeAlert } from "@/lib/advice";
import { formatLocationKey } from "@/lib/advice/format";
import { isLoadAlert, isWeekUnderWay, type WeekHistory } from "@/lib/analysis/history";
import type { WeekSummary } from "@/lib/analysis/types";
import { formatShortDate, formatWeekRange } from "@/lib/format-dates";
import { kmToUnit, type Units } from "@/lib/units";

export type WeekPoint = {
  start: string;
  /** "17 Feb", for the axis. */
  label: string;
  /** "17–23 Feb 2025", for tooltips and tables. */
  range: string;
};

export type DistanceRow = WeekPoint & {
  distance: number;
  /**
   * Week-over-week change in percent; null when the previous week had nothing to compare with, and for
   * a week still under way (a partial week against a whole one reads as a drop that is not there).
   */
  changePct: number | null;
  /** The week is the current one and not over yet. */
  partial: boolean;
  /** The titles of the load warnings the week raised, null for none. */
  alert: string | null;
};

export type PainSeries = { key: string; name: string };
export type PainRow = WeekPoint & {
  distance: number;
  /** Highest score per location key; 0 for a week with runs but no pain there, null with neither. */
  pain: Record<string, number | null>;
};

export type LongRunRow = WeekPoint & {
  longest: number | null;
  longest30: number | null;
  /** 110% of the 30-day longest: above it (and 1 km more) a run is a spike. */
  spikeLine: number | null;
  /** "Long-run spike +42%" when the week raised one, else null. */
  spike: string | null;
};

export type RatioRow = WeekPoint & { ratio: number | null };

export type DashboardSeries = {
  distance: DistanceRow[];
  painSeries: PainSeries[];
  pain: PainRow[];
  longRun: LongRunRow[];
  ratio: RatioRow[];
};

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

export function buildSeries(weeks: WeekSummary[], history: WeekHistory[], units: Units): DashboardSeries {
  const historyByStart = new Map(history.map((week) => [week.start, week]));
  const inUnit = (km: number) => oneDecimal(kmToUnit(km, units));
  const points = weeks.map((week) => ({
    start: week.start,
    label: formatShortDate(week.start),
    range: formatWeekRange(week.start),
  }));

  const distance = weeks.map((week, i): DistanceRow => {
    const previous = weeks[i - 1];
    const past = historyByStart.get(week.start);
    const partial = past !== undefined && isWeekUnderWay(past);
    // Warnings only: an "info" alert (a 20-30% rise, an on-track return) is not a week to flag.
    const warnings = (historyByStart.get(week.start)?.alerts ?? []).filter(
      (alert) => isLoadAlert(alert) && alert.severity !== "info",
    );
    const titles = [...new Set(warnings.map((alert) => describeAlert(alert, { units }).title))];
    return {
      ...points[i]!,
      distance: inUnit(week.km),
      changePct: !partial && previous && previous.km > 0 ? Math.round(((week.km - previous.km) / previous.km) * 100) : null,
      partial,
      alert: titles.length > 0 ? titles.join(", ") : null,
    };
  });

  const keys = [...new Set(weeks.flatMap((week) => Object.keys(week.maxPainByLocation)))].sort();
  const painSeries = keys.map((key) => ({ key, name: capitalise(formatLocationKey(key)) }));
  const pain = weeks.map((week, i): PainRow => ({
    ...points[i]!,
    distance: inUnit(week.km),
    pain: Object.fromEntries(keys.map((key) => [key, week.maxPainByLocation[key] ?? (week.runs > 0 ? 0 : null)])),
  }));

  const longRun = weeks.map((week, i): LongRunRow => {
    const past = historyByStart.get(week.start);
    const longest30 = past?.longest30Km ?? null;
    const spikes = (past?.alerts ?? []).filter((alert) => alert.rule === "SPIKE");
    const ratio = Math.max(0, ...spikes.map((alert) => Number(alert.data.ratio) || 0));
    return {
      ...points[i]!,
      longest: week.runs > 0 ? inUnit(week.longestKm) : null,
      longest30: longest30 === null ? null : inUnit(longest30),
      spikeLine: longest30 === null ? null : inUnit(longest30 * 1.1),
      spike: spikes.length > 0 ? `Long-run spike +${Math.round((ratio - 1) * 100)}%` : null,
    };
  });

  const ratio = weeks.map((week, i): RatioRow => ({ ...points[i]!, ratio: week.ratio }));
  return { distance, painSeries, pain, longRun, ratio };
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
