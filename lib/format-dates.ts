// Dates as a runner reads them. Local dates are formatted as calendar days (UTC noon), so the
// server's own time zone can never shift them.
import { addDays } from "./analysis/dates";

// Built once: constructing an Intl.DateTimeFormat costs far more than formatting with one, and a
// 52-week chart formats a few hundred dates per page (it was 10% of the dashboard's CPU time).
const LONG_DATE = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const SHORT_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const DAY_MONTH_YEAR = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

function atNoon(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** "Sun, 23 Feb 2025". */
export function formatLongDate(date: string): string {
  return LONG_DATE.format(atNoon(date));
}

/** "17 Feb": short, for chart axes. */
export function formatShortDate(date: string): string {
  return SHORT_DATE.format(atNoon(date));
}

/** "17–23 Feb 2025" for the week starting on `start`. */
export function formatWeekRange(start: string): string {
  const end = addDays(start, 6);
  const sameMonth = start.slice(0, 7) === end.slice(0, 7);
  const endText = DAY_MONTH_YEAR.format(atNoon(end));
  const startText = sameMonth ? String(Number(start.slice(8))) : formatShortDate(start);
  return `${startText}–${endText}`;
}
