// Week labels for addresses such as /review/2025-W08: "YYYY-Www", ISO 8601 week numbering.
//
// A Monday-start week is labelled with its own ISO week. A Sunday-start week (Sunday .. Saturday) is
// labelled with the ISO week of its Monday, the day after it starts: six of its seven days fall in that
// ISO week, so the label names the week a calendar shows for most of it, and every Sunday-start week
// still gets exactly one label and every label exactly one week.

import { fromEpochDay, toEpochDay, weekStartDay, type EpochDay } from "./dates";
import type { LocalDate, WeekStart } from "./types";

const LABEL = /^(\d{4})-W(\d{2})$/;

/** The Monday that starts ISO week 1 of `isoYear`: the week that holds 4 January. */
function firstIsoMonday(isoYear: number): EpochDay {
  const fourthOfJanuary = toEpochDay(`${String(isoYear).padStart(4, "0")}-01-04`);
  return weekStartDay(fourthOfJanuary, "monday");
}

/** The ISO week of the Monday `monday` as [ISO year, week number]. */
function isoWeekOf(monday: EpochDay): [number, number] {
  // The ISO year is the calendar year of the week's Thursday.
  const isoYear = Number(fromEpochDay(monday + 3).slice(0, 4));
  return [isoYear, (monday - firstIsoMonday(isoYear)) / 7 + 1];
}

/** The Monday the label is taken from, for a week starting on `weekStart`. */
function labelMonday(weekStart: EpochDay, weekStartsOn: WeekStart): EpochDay {
  return weekStartsOn === "sunday" ? weekStart + 1 : weekStart;
}

/** "2025-W08" for the week (of the runner's week start) that contains `date`. */
export function weekLabelOf(date: LocalDate, weekStartsOn: WeekStart): string {
  const monday = labelMonday(weekStartDay(toEpochDay(date), weekStartsOn), weekStartsOn);
  const [isoYear, week] = isoWeekOf(monday);
  return `${String(isoYear).padStart(4, "0")}-W${String(week).padStart(2, "0")}`;
}

/**
 * The first day of the week a label names, for the runner's week start, or null when the text is not
 * a label of a week that exists (week 00, week 53 of a 52-week year, anything else).
 */
export function weekStartFromLabel(label: string, weekStartsOn: WeekStart): LocalDate | null {
  const match = LABEL.exec(label);
  if (!match) return null;
  const isoYear = Number(match[1]);
  const week = Number(match[2]);
  if (week < 1 || week > 53) return null;
  const monday = firstIsoMonday(isoYear) + (week - 1) * 7;
  // Week 53 exists only in long ISO years; otherwise that Monday starts week 1 of the next year.
  if (isoWeekOf(monday)[0] !== isoYear) return null;
  return fromEpochDay(weekStartsOn === "sunday" ? monday - 1 : monday);
}
