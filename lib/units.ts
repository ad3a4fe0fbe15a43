// Conversions at the edge: the database holds metres and seconds, people read km or miles.

export type Units = "km" | "mi";

export const METERS_PER_KM = 1000;
export const METERS_PER_MILE = 1609.344;

export function metersPerUnit(units: Units): number {
  return units === "mi" ? METERS_PER_MILE : METERS_PER_KM;
}

export function metersToUnit(meters: number, units: Units): number {
  return meters / metersPerUnit(units);
}

export function unitToMeters(value: number, units: Units): number {
  return Math.round(value * metersPerUnit(units));
}

export function kmToUnit(km: number, units: Units): number {
  return metersToUnit(km * METERS_PER_KM, units);
}

export function unitLabel(units: Units): string {
  return units === "mi" ? "mi" : "km";
}

/** "12.3 km" / "7.6 mi", one decimal, trailing ".0" kept off for whole numbers. */
export function formatDistance(meters: number, units: Units, digits = 1): string {
  const value = metersToUnit(meters, units);
  return `${formatNumber(value, digits)} ${unitLabel(units)}`;
}

export function formatKm(km: number, units: Units, digits = 1): string {
  return formatDistance(km * METERS_PER_KM, units, digits);
}

/** Rounded to `digits` decimals without trailing zeros: "6.5", "10", "3.11" (never "6.50"). */
export function formatNumber(value: number, digits = 1): string {
  return String(Number(value.toFixed(digits)));
}

/** A stored distance as the run form's distance field shows it (two decimals in km or miles). */
export function distanceFieldValue(meters: number, units: Units): string {
  return formatNumber(metersToUnit(meters, units), 2);
}

/**
 * Parses "h:mm:ss", "mm:ss", "m:ss" or the same digits without colons into seconds. Returns null for anything else, including
 * minutes or seconds of 60 and over in the positions that need two digits.
 */
export function parseDuration(text: string): number | null {
  let trimmed = text.trim();
  // Digits only, as typed on a phone's number pad: "4530" is 45:30, "10205" is 1:02:05.
  if (/^\d{3,6}$/.test(trimmed)) {
    const seconds = trimmed.slice(-2);
    const minutes = trimmed.slice(-4, -2);
    const hours = trimmed.slice(0, -4);
    trimmed = hours ? `${hours}:${minutes}:${seconds}` : `${minutes}:${seconds}`;
  }
  const match = /^(?:(\d{1,3}):)?(\d{1,3}):(\d{2})$/.exec(trimmed);
  if (!match) return null;
  const [, h, m, s] = match;
  const hours = h === undefined ? 0 : Number(h);
  const minutes = Number(m);
  const seconds = Number(s);
  if (seconds >= 60) return null;
  if (h !== undefined && minutes >= 60) return null;
  return hours * 3600 + minutes * 60 + seconds;
}

/** 3725 -> "1:02:05", 1980 -> "33:00". */
export function formatDuration(totalSeconds: number): string {
  const s = Math.round(totalSeconds);
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  const mm = hours > 0 ? String(minutes).padStart(2, "0") : String(minutes);
  const ss = String(seconds).padStart(2, "0");
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Seconds per km or per mile, or null when it cannot be computed. */
export function paceSecondsPerUnit(meters: number, seconds: number, units: Units): number | null {
  if (!(meters > 0) || !(seconds > 0)) return null;
  return seconds / metersToUnit(meters, units);
}

/** "5:30 /km". */
export function formatPace(meters: number, seconds: number, units: Units): string | null {
  const pace = paceSecondsPerUnit(meters, seconds, units);
  if (pace === null) return null;
  return `${formatDuration(pace)} /${unitLabel(units)}`;
}

/** Reads a decimal typed with either a point or a comma, as phones in many locales offer. */
export function parseDecimal(value: string): number | undefined {
  const trimmed = value.trim().replace(",", ".");
  if (trimmed === "") return undefined;
  return /^-?\d*\.?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
