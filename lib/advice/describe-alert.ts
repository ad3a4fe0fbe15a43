import type { Alert, RuleId } from "../analysis/types";
import {
  describeFlags,
  formatDayMonth,
  formatDayRange,
  formatDistance,
  formatLocationKey,
  formatNumber,
  joinWords,
  weekdayOf,
  yourLocation,
  type DistanceUnits,
} from "./format";

export type DescribeAlertOptions = {
  units: DistanceUnits;
  /** How to name the run behind a SPIKE or RETURN alert (its key is a run id); default: its weekday. */
  runLabel?: (key: string) => string;
  /** How to name the shoe behind a SHOE alert (its key is a shoe id); default: "This pair". */
  shoeLabel?: (key: string) => string;
};

export type AlertWording = { title: string; explanation: string };

type Context = {
  alert: Alert;
  opts: DescribeAlertOptions;
  num: (field: string) => number | undefined;
  str: (field: string) => string | undefined;
  km: (value: number) => string;
};

type Describer = {
  title: (ctx: Context) => string;
  /** The sentence with the numbers, or undefined when a field it needs is missing. */
  explain: (ctx: Context) => string | undefined;
  /** Said instead when the numbers are missing: an alert must never fail to render. */
  fallback: string;
};

// Alerts can come back from storage or another version of the analyser, so every field is read as
// optional and checked for its type.
function contextOf(alert: Alert, opts: DescribeAlertOptions): Context {
  const data: Record<string, unknown> = alert.data ?? {};
  return {
    alert,
    opts,
    num: (field) => {
      const value = data[field];
      return typeof value === "number" && Number.isFinite(value) ? value : undefined;
    },
    str: (field) => {
      const value = data[field];
      return typeof value === "string" && value !== "" ? value : undefined;
    },
    km: (value) => formatDistance(value, opts.units),
  };
}

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/** The pain rules' key is a location key; older alerts may only carry location and side in data. */
function locationKeyOf(ctx: Context): string | undefined {
  if (ctx.alert.key) return ctx.alert.key;
  const location = ctx.str("location");
  return location ? `${location}_${ctx.str("side") ?? "none"}` : undefined;
}

function painTitle(prefix: string) {
  return (ctx: Context) => {
    const key = locationKeyOf(ctx);
    return key ? `${prefix}: ${formatLocationKey(key)}` : prefix;
  };
}

/** Weekly alerts say which week they are about; older stored ones, without the field, are this week's. */
const isLastWeek = (ctx: Context) => ctx.str("week") === "last";

/** "Last week (23-29 Nov)". */
function lastWeekName(ctx: Context): string {
  const [start, end] = [ctx.str("weekStart") ?? ctx.alert.key, ctx.str("weekEnd")];
  return start && end ? `Last week (${formatDayRange(start, end)})` : "Last week";
}

const onDay = (date: string | undefined) => {
  const weekday = date ? weekdayOf(date) : undefined;
  return weekday ? ` on ${weekday}` : "";
};

/** SHOE: warning at the shoe's retirement distance, info from 500 km. */
const shoeDue = (alert: Alert) => alert.severity !== "info";

const DESCRIBERS: Record<RuleId, Describer> = {
  WEEKLY_INCREASE: {
    title: (ctx) => (isLastWeek(ctx) ? "Last week's distance jump" : "Weekly distance jump"),
    explain: (ctx) => {
      const { num, km } = ctx;
      const week = num("weekKm");
      const baseline = num("baselineKm");
      if (week === undefined || baseline === undefined || baseline <= 0) return undefined;
      // Prefer the analyser's own rounded figures, so the sentence matches the numbers shown beside it.
      const increase = num("increaseKm") ?? week - baseline;
      const pct = Math.round(num("percent") ?? (increase / baseline) * 100);
      if (isLastWeek(ctx)) {
        return `${lastWeekName(ctx)} was ${pct}% above your biggest week of the four before it: ${km(week)}, ${km(increase)} more than ${km(baseline)}. The week after a jump is the week to hold.`;
      }
      return `This week's ${km(week)} is ${km(increase)} (${pct}%) more than your biggest week of the previous four, ${km(baseline)}.`;
    },
    fallback: "A week's distance is well above your biggest week of the four before it.",
  },
  ACWR: {
    title: (ctx) => (isLastWeek(ctx) ? "Sharp rise in load last week" : "Sharp rise in weekly load"),
    explain: (ctx) => {
      const { num, km } = ctx;
      const acute = num("acuteKm");
      const chronic = num("chronicKm");
      if (acute === undefined || chronic === undefined || chronic <= 0) return undefined;
      const ratio = formatNumber(num("ratio") ?? acute / chronic);
      if (isLastWeek(ctx)) {
        return `${lastWeekName(ctx)}, ${km(acute)}, was ${ratio} times your average of the three weeks before it, ${km(chronic)}.`;
      }
      return `This week's ${km(acute)} is ${ratio} times your average of the previous three weeks, ${km(chronic)}.`;
    },
    fallback: "A week's distance is well above your average of the three weeks before it.",
  },
  SPIKE: {
    title: () => "Long-run spike",
    explain: ({ num, str, km, alert, opts }) => {
      const run = num("runKm");
      const longest = num("longest30Km");
      if (run === undefined || longest === undefined || longest <= 0) return undefined;
      const ratio = num("ratio") ?? run / longest;
      const date = str("date");
      const weekday = date ? weekdayOf(date) : undefined;
      const subject = opts.runLabel
        ? `${opts.runLabel(alert.key)} (${km(run)})`
        : weekday
          ? `${weekday}'s ${km(run)}`
          : `A ${km(run)} run`;
      // Twice or more reads best as a multiple ("2.1 times"); a smaller step as a percentage.
      const size = ratio >= 2 ? `${formatNumber(Math.floor(ratio * 10) / 10)} times` : `${percent(ratio - 1)} longer than`;
      return `${subject} is ${size} your longest run of the 30 days before it, ${km(longest)}.`;
    },
    fallback: "One of the last 7 days' runs is much longer than your longest run of the 30 days before it.",
  },
  RETURN: {
    title: () => "Back after a break",
    explain: ({ num, str, km, alert, opts }) => {
      const gap = num("gapDays");
      const before = num("previousWeeklyKm");
      const first = num("firstWeekKm");
      const limit = num("limitKm");
      if (gap === undefined || before === undefined || first === undefined || limit === undefined) {
        return undefined;
      }
      const date = str("returnDate");
      const when = opts.runLabel
        ? ` with ${opts.runLabel(alert.key)}`
        : date
          ? ` on ${[weekdayOf(date), formatDayMonth(date)].filter(Boolean).join(" ")}`
          : "";
      const sinceReturn = num("daysSinceReturn");
      const soFar = sinceReturn !== undefined && sinceReturn < 6 ? " so far" : "";
      // Severity was decided on unrounded distances; comparing the rounded ones could contradict it.
      const overLimit = alert.severity === "warning" || alert.severity === "high";
      const verdict =
        overLimit
          ? `, more than the suggested limit of ${km(limit)}.`
          : `; keep it within about ${km(limit)}.`;
      return `You came back${when} after ${formatNumber(gap)} days without running. Before the break you averaged ${km(before)} a week, and your first week back has ${km(first)}${soFar}${verdict}`;
    },
    fallback: "You have just come back from a break of two weeks or more.",
  },
  PAIN_SINGLE: {
    title: (ctx) => painTitle((ctx.num("score") ?? 0) >= 8 ? "Severe pain" : "High pain")(ctx),
    explain: (ctx) => {
      const score = ctx.num("score");
      const key = locationKeyOf(ctx);
      if (score === undefined || !key) return undefined;
      const checkIt = score >= 8 ? " Pain this strong is worth having checked." : "";
      return `You scored the pain in ${yourLocation(key)} ${formatNumber(score)}/10${onDay(ctx.str("date"))}, above the 5/10 that is acceptable during a run.${checkIt}`;
    },
    fallback: "You recorded a high pain score in the last 7 days.",
  },
  PAIN_RECUR: {
    title: painTitle("Recurring pain"),
    explain: (ctx) => {
      const painful = ctx.num("painfulRuns");
      const recent = ctx.num("recentRuns");
      const key = locationKeyOf(ctx);
      if (painful === undefined || recent === undefined || !key) return undefined;
      return `You recorded pain of 3/10 or more in ${yourLocation(key)} on ${painful} of your last ${recent} runs.`;
    },
    fallback: "You recorded pain in the same place on several of your recent runs.",
  },
  PAIN_PERSIST: {
    title: painTitle("Persistent pain"),
    explain: (ctx) => {
      const painful = ctx.num("painfulRuns");
      const recent = ctx.num("recentRuns");
      const span = ctx.num("spanDays");
      const key = locationKeyOf(ctx);
      if (painful === undefined || recent === undefined || span === undefined || !key) return undefined;
      const first = ctx.str("firstDate");
      const last = ctx.str("lastDate");
      const range = first && last ? ` (${formatDayMonth(first)} to ${formatDayMonth(last)})` : "";
      return `You recorded pain of 3/10 or more in ${yourLocation(key)} on ${painful} of your last ${recent} runs, spread over ${formatNumber(span)} days${range}. Pain that lasts more than two weeks should be checked by a doctor or physiotherapist.`;
    },
    fallback: "Pain in the same place has kept coming back for more than two weeks.",
  },
  PAIN_TREND: {
    title: painTitle("Rising pain"),
    explain: (ctx) => {
      const [older, last, current] = [ctx.num("twoWeeksAgo"), ctx.num("lastWeek"), ctx.num("thisWeek")];
      const key = locationKeyOf(ctx);
      if (older === undefined || last === undefined || current === undefined || !key) return undefined;
      return `Your highest pain score for ${formatLocationKey(key)} has gone from ${formatNumber(older)}/10 two weeks ago to ${formatNumber(last)}/10 last week and ${formatNumber(current)}/10 this week.`;
    },
    fallback: "Your pain in one place has risen week on week.",
  },
  PAIN_REDFLAG: {
    title: painTitle("Warning sign"),
    explain: (ctx) => {
      const flags = describeFlags(ctx.str("flags") ?? "");
      if (flags.length === 0) return undefined;
      const key = locationKeyOf(ctx);
      const score = ctx.num("score");
      const date = ctx.str("date");
      const weekday = date ? weekdayOf(date) : undefined;
      // The flags are gathered over the last 7 days, so the date is the latest of them, not the only one.
      const details = [
        score === undefined ? undefined : `highest score ${formatNumber(score)}/10`,
        weekday ? `most recently on ${weekday}` : undefined,
      ].filter((part): part is string => part !== undefined);
      const where = key ? ` with pain in ${yourLocation(key)}` : " with your pain";
      const after = details.length > 0 ? ` (${details.join(", ")})` : "";
      return `In the last 7 days you recorded ${joinWords(flags)}${where}${after}. Signs like these should be checked by a doctor or physiotherapist.`;
    },
    fallback: "You recorded a warning sign with pain in the last 7 days.",
  },
  PAIN_MORNING: {
    title: painTitle("Pain the next morning"),
    explain: (ctx) => {
      const score = ctx.num("score");
      const key = locationKeyOf(ctx);
      if (score === undefined || !key) return undefined;
      const date = ctx.str("date");
      const when = date ? ` on ${[weekdayOf(date), formatDayMonth(date)].filter(Boolean).join(" ")}` : "";
      const place = yourLocation(key);
      return `${place.charAt(0).toUpperCase()}${place.slice(1)} hurt at ${formatNumber(score)}/10 in the morning${when}. Pain from running is fine only if it has settled by the next morning: ease off until it does.`;
    },
    fallback: "Pain after a run had not settled by the next morning.",
  },
  SHOE: {
    // The severity says whether the shoe reached its retirement distance: it was decided on whole
    // metres, and the km shown are rounded to 0.1 (799.96 km shows as 800 km but is still info).
    title: (ctx) => (shoeDue(ctx.alert) ? "Shoe due for retirement" : "Shoe mileage"),
    explain: ({ num, km, alert, opts }) => {
      const total = num("km");
      const retire = num("retireKm");
      if (total === undefined || retire === undefined) return undefined;
      const subject = opts.shoeLabel ? opts.shoeLabel(alert.key) : "This pair";
      if (shoeDue(alert)) {
        return `${subject} has ${km(total)} on it, past its retirement distance of ${km(retire)}. Check the midsole and think about replacing it.`;
      }
      // The 500-800 km convention, rounded to whole hundreds of miles rather than converted exactly.
      const convention = opts.units === "mi" ? "300-500 mi" : "500-800 km";
      return `${subject} has ${km(total)} on it. Replacing shoes at around ${convention} is a common habit, so check the midsole for wear.`;
    },
    fallback: "This pair of shoes has a lot of distance on it.",
  },
};

/** Plain-language wording of an alert with the numbers that triggered it, for the UI and the CLI. */
export function describeAlert(alert: Alert, opts: DescribeAlertOptions): AlertWording {
  const describer: Describer | undefined = DESCRIBERS[alert.rule];
  if (!describer) {
    return { title: String(alert.rule), explanation: "Stridewise flagged something in your log." };
  }
  const ctx = contextOf(alert, opts);
  return { title: describer.title(ctx), explanation: describer.explain(ctx) ?? describer.fallback };
}
