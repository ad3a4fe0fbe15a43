// Dates as a runner reads them. Local dates are formatted as calendar days (UTC noon), so the
// server's own time zone can never shift them.
import { addDays } from "./analysis/dates";

function atNoon(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** "Sun 23 Feb 2025". */
export function formatLongDate(date: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(atNoon(date));
}

/** "17 Feb": short, for chart axes. */
export function formatShortDate(date: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(
    atNoon(date),
  );
}

/** "17-23 Feb 2025" for the week starting on `start`. */
export function formatWeekRange(start: string): string {
  const end = addDays(start, 6);
  const sameMonth = start.slice(0, 7) === end.slice(0, 7);
  const endText = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(atNoon(end));
  const startText = sameMonth ? String(Number(start.slice(8))) : formatShortDate(start);
  return `${startText}–${endText}`;
}
