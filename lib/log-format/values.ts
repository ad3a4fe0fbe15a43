// Checks for single values that the JSON schema, the CSV reader and the CLI's --as-of all share.

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** A real calendar date written YYYY-MM-DD (2025-02-29 is not one). */
export function isLocalDate(text: string): boolean {
  const match = LOCAL_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const monthDays = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= (monthDays[month - 1] ?? 0);
}

/**
 * An IANA zone name Intl knows. Recent engines also accept offsets such as "+01:00" as a timeZone, but an
 * offset has no daylight-saving rules, so a log that used one would put summer runs on the wrong day.
 */
export function isTimeZone(text: string): boolean {
  if (text === "" || /^[+-]/.test(text)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: text });
    return true;
  } catch {
    return false;
  }
}
