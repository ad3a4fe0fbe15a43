// The weekly review's chart rows: the week's seven days, each day's distance and the running total,
// in the runner's unit, to draw against the range planned for the week.

import { addDays } from "../analysis/dates";
import type { LocalDate } from "../analysis/types";
import { kmToUnit, type Units } from "../units";

export type WeekDayRow = { date: LocalDate; label: string; distance: number; total: number; future: boolean };

const WEEKDAY = new Intl.DateTimeFormat("en-GB", { weekday: "short", timeZone: "UTC" });
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** One row a day from `start`; days after `asOf` have no total yet (the week is under way). */
export function weekDayRows(start: LocalDate, asOf: LocalDate, runs: { date: LocalDate; km: number }[], units: Units): WeekDayRow[] {
  let total = 0;
  return Array.from({ length: 7 }, (_, i) => {
    const date = addDays(start, i);
    const km = runs.filter((run) => run.date === date).reduce((sum, run) => sum + run.km, 0);
    total += km;
    return {
      date,
      label: WEEKDAY.format(new Date(`${date}T12:00:00Z`)),
      distance: oneDecimal(kmToUnit(km, units)),
      total: oneDecimal(kmToUnit(total, units)),
      future: date > asOf,
    };
  });
}
