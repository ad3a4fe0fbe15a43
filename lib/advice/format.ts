import { PAIN_SIDES, type PainSide } from "../analysis/types";
import { formatKm, formatNumber as formatUnitNumber, type Units } from "../units";

// Wording helpers for describeAlert. Distances arrive in km (the analyser's unit) and are converted only
// here, at the edge, as STYLE.md asks.

export type DistanceUnits = Units;

/** "16 km", "12.5 km", "9.9 mi": the app's own distance format (lib/units.ts). */
export function formatDistance(km: number, units: DistanceUnits): string {
  return formatKm(km, units);
}

/** At most one decimal, without a trailing ".0": 16 -> "16", 12.46 -> "12.5". */
export function formatNumber(value: number): string {
  return formatUnitNumber(value, 1);
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

// A local calendar date names the same weekday everywhere, so reading it as a UTC date is exact.
function parseLocalDate(date: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const parsed = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

/** "Sunday" for "2025-02-23"; undefined when the text is not a YYYY-MM-DD date. */
export function weekdayOf(date: string): string | undefined {
  const parsed = parseLocalDate(date);
  return parsed ? WEEKDAYS[parsed.getUTCDay()] : undefined;
}

/** "3 Feb" for "2025-02-03"; the text itself when it is not a date. */
export function formatDayMonth(date: string): string {
  const parsed = parseLocalDate(date);
  if (!parsed) return date;
  return `${parsed.getUTCDate()} ${MONTHS[parsed.getUTCMonth()] ?? ""}`;
}

/** "23-29 Nov" for a range in one month, "30 Nov-6 Dec" across two; the texts themselves when not dates. */
export function formatDayRange(start: string, end: string): string {
  const [from, to] = [parseLocalDate(start), parseLocalDate(end)];
  if (!from || !to) return `${start}-${end}`;
  const sameMonth = from.getUTCMonth() === to.getUTCMonth() && from.getUTCFullYear() === to.getUTCFullYear();
  return `${sameMonth ? from.getUTCDate() : formatDayMonth(start)}-${formatDayMonth(end)}`;
}

const LOCATION_WORDS: Record<string, [singular: string, plural: string]> = {
  knee: ["knee", "knees"],
  shin: ["shin", "shins"],
  achilles: ["Achilles", "Achilles tendons"],
  calf: ["calf", "calves"],
  foot: ["foot", "feet"],
  ankle: ["ankle", "ankles"],
  hip: ["hip", "hips"],
  hamstring: ["hamstring", "hamstrings"],
  quad: ["quad", "quads"],
  it_band: ["IT band", "IT bands"],
  back: ["back", "back"],
  other: ["other area", "other area"],
};

function isPainSide(value: string): value is PainSide {
  return (PAIN_SIDES as readonly string[]).includes(value);
}

/** "knee_left" -> "left knee", "it_band_right" -> "right IT band", "knee_both" -> "both knees", "back_none" -> "back". */
export function formatLocationKey(key: string): string {
  const cut = key.lastIndexOf("_");
  const tail = key.slice(cut + 1);
  const [location, side] = cut > 0 && isPainSide(tail) ? [key.slice(0, cut), tail] : [key, "none"];
  const words = LOCATION_WORDS[location];
  const [singular, plural] = words ?? [location.replaceAll("_", " "), location.replaceAll("_", " ")];
  if (location === "back" || location === "other" || !words) {
    // No meaningful left/right wording for these: keep the side in brackets so nothing is lost.
    return side === "none" ? singular : `${singular} (${side})`;
  }
  if (side === "both") return `both ${plural}`;
  if (side === "none") return singular;
  return `${side} ${singular}`;
}

/** "your left knee", but "both knees" (no possessive in front of "both"). */
export function yourLocation(key: string): string {
  const words = formatLocationKey(key);
  return words.startsWith("both ") ? words : `your ${words}`;
}

const FLAG_WORDS: Record<string, string> = {
  restPain: "pain at rest",
  nightPain: "pain at night",
  swelling: "swelling",
  limping: "limping",
  worseDuringRun: "pain that got worse during the run",
  boneTenderness: "a tender spot on the bone",
};

/** "swelling,limping" -> ["swelling", "limping"]; unknown names are split from camelCase. */
export function describeFlags(flags: string): string[] {
  return flags
    .split(",")
    .map((flag) => flag.trim())
    .filter((flag) => flag !== "")
    .map((flag) => FLAG_WORDS[flag] ?? flag.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase());
}

/** ["a", "b", "c"] -> "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1) ?? ""}`;
}
