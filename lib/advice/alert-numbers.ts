// The numbers behind an alert, as a runner reads them: named in words, distances in their unit.
import type { Alert } from "../analysis/types";
import { describeFlags, formatDayMonth, formatDayRange, formatDistance, joinWords, type DistanceUnits } from "./format";

type Kind = "km" | "date" | "percent" | "ratio" | "days" | "score" | "count" | "flags";

// Keys the analyser puts on alerts (lib/analysis); `location`, `side` and `size` are in the title already.
const NUMBER_LABELS: Record<string, [label: string, kind: Kind]> = {
  weekKm: ["This week", "km"],
  baselineKm: ["Biggest of the previous 4 weeks", "km"],
  increaseKm: ["Increase", "km"],
  percent: ["Increase", "percent"],
  acuteKm: ["This week", "km"],
  chronicKm: ["Average of the previous 3 weeks", "km"],
  ratio: ["Ratio", "ratio"],
  runKm: ["This run", "km"],
  longest30Km: ["Longest run in the 30 days before", "km"],
  date: ["Date", "date"],
  gapDays: ["Days without running", "days"],
  previousWeeklyKm: ["Weekly distance before the break", "km"],
  firstWeekKm: ["First week back so far", "km"],
  limitKm: ["Suggested most for the first week", "km"],
  returnDate: ["Back on", "date"],
  daysSinceReturn: ["Days since coming back", "days"],
  score: ["Pain", "score"],
  painfulRuns: ["Runs with pain of 3/10 or more", "count"],
  recentRuns: ["Recent runs looked at", "count"],
  spanDays: ["Days from first to last", "days"],
  firstDate: ["First", "date"],
  lastDate: ["Latest", "date"],
  twoWeeksAgo: ["Pain two weeks ago", "score"],
  lastWeek: ["Pain last week", "score"],
  thisWeek: ["Pain this week", "score"],
  flags: ["Warning signs", "flags"],
  km: ["Distance on the shoe", "km"],
  retireKm: ["Retire at", "km"],
};

function formatValue(value: number | string, kind: Kind, units: DistanceUnits): string {
  if (kind === "date" || kind === "flags") {
    const text = String(value);
    return kind === "date" ? formatDayMonth(text) : joinWords(describeFlags(text));
  }
  if (typeof value !== "number") return String(value);
  switch (kind) {
    case "km":
      return formatDistance(value, units);
    case "percent":
      return `${Math.round(value)}%`;
    case "ratio":
      return `${value.toFixed(2)}×`;
    case "days":
      return `${value} ${value === 1 ? "day" : "days"}`;
    case "score":
      return `${value}/10`;
    default:
      return String(value);
  }
}

/** A weekly alert about last week names its numbers after that week, with its dates. */
const LAST_WEEK_LABELS: Record<string, string> = {
  weekKm: "Last week",
  acuteKm: "Last week",
  baselineKm: "Biggest of the 4 weeks before it",
  chronicKm: "Average of the 3 weeks before it",
};

export function alertNumbers(alert: Pick<Alert, "data">, units: DistanceUnits): { label: string; value: string }[] {
  const lastWeek = alert.data.week === "last";
  const numbers = Object.entries(alert.data).flatMap(([key, value]) => {
    const known = NUMBER_LABELS[key];
    if (!known) return [];
    const label = (lastWeek ? LAST_WEEK_LABELS[key] : undefined) ?? known[0];
    return [{ label, value: formatValue(value, known[1], units) }];
  });
  const [start, end] = [alert.data.weekStart, alert.data.weekEnd];
  if (lastWeek && typeof start === "string" && typeof end === "string") {
    numbers.unshift({ label: "Week", value: formatDayRange(start, end) });
  }
  return numbers;
}
