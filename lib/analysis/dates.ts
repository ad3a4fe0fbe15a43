// Local calendar dates (YYYY-MM-DD) as whole "epoch days" (days since 1970-01-01).
// The analyser works on the runner's own calendar, never on instants or the machine's time zone,
// so every date difference here is a plain calendar-day difference of two local dates.

import { zoneFormatter } from "../zone-formatter";
import type { LocalDate, WeekStart } from "./types";

/** A local date as days since 1970-01-01 (may be negative). */
export type EpochDay = number;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for every proleptic Gregorian date,
// unlike Date.UTC, which maps years 0-99 to 1900-1999.
function daysFromCivil(year: number, month: number, day: number): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = (month + 9) % 12; // March = 0, so the leap day is the last day of the year
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilFromDays(epochDay: EpochDay): [number, number, number] {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return [year, month, day];
}

function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Parses YYYY-MM-DD into an epoch day; throws a RangeError naming the text when it is not a real date. */
export function toEpochDay(date: LocalDate): EpochDay {
  // Hand-rolled instead of a regex: the analyser parses every run's date on each call.
  const year = date.length === 10 && date[4] === "-" && date[7] === "-" ? digitsAt(date, 0, 4) : -1;
  const month = digitsAt(date, 5, 2);
  const day = digitsAt(date, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a local date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  }
  return daysFromCivil(year, month, day);
}

export function fromEpochDay(epochDay: EpochDay): LocalDate {
  const [year, month, day] = civilFromDays(epochDay);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** 0 = Sunday .. 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(epochDay: EpochDay): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

/** The first day of the week containing `epochDay`. */
export function weekStartDay(epochDay: EpochDay, weekStartsOn: WeekStart): EpochDay {
  const weekday = dayOfWeek(epochDay);
  return epochDay - (weekStartsOn === "monday" ? (weekday + 6) % 7 : weekday);
}

export function weekStartOf(date: LocalDate, weekStartsOn: WeekStart): LocalDate {
  return fromEpochDay(weekStartDay(toEpochDay(date), weekStartsOn));
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** b - a in calendar days. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

const CALENDAR_DAY: Intl.DateTimeFormatOptions = {
  calendar: "gregory",
  numberingSystem: "latn",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
};

/** The runner's local calendar date of an instant, in their IANA time zone (never the server's). */
export function localDateOf(instant: string | Date, timeZone: string): LocalDate {
  const moment = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(moment.getTime())) {
    throw new RangeError(`Not an instant: ${JSON.stringify(String(instant))}`);
  }
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of zoneFormatter("en-US", CALENDAR_DAY, timeZone).formatToParts(moment)) {
    if (part.type === "year") year = Number(part.value);
    else if (part.type === "month") month = Number(part.value);
    else if (part.type === "day") day = Number(part.value);
  }
  return fromEpochDay(daysFromCivil(year, month, day));
}
