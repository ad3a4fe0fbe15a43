// Pain rules: PAIN_SINGLE, PAIN_RECUR, PAIN_PERSIST, PAIN_TREND, PAIN_REDFLAG, PAIN_MORNING (ANALYSIS-RULES.md),
// after Silbernagel's pain-monitoring model: up to 5/10 is acceptable if it settles and does not rise.

import { createAlert, locationAdvice } from "./alerts";
import { fromEpochDay, weekStartDay, type EpochDay } from "./dates";
import { PAINFUL_SCORE, locationKey, runsSince, type Timeline, type TimelinePain } from "./timeline";
import { RED_FLAGS, type Alert, type PainLocation, type RedFlag } from "./types";

const PAIN_SINGLE_WARNING = 6;
const PAIN_SINGLE_HIGH = 8;
const RECENT_RUNS = 5;
const RECUR_MIN_PAINFUL_RUNS = 3;
/** "See a professional for pain lasting more than 2 weeks." */
const PERSIST_MIN_SPAN_DAYS = 14;

/** Entries dated from .. T (all entries are already <= T). */
function painsSince(timeline: Timeline, from: EpochDay): TimelinePain[] {
  return timeline.pains.filter((pain) => pain.day >= from);
}

/**
 * The single highest score T-6 .. T, from runs and rest days; at most one alert. Ties: the most recent
 * entry, then the location key in alphabetical order. Scores between 7 and 8 (if a client sends
 * fractions) count as warning: the bands are read as 6 <= score < 8 and score >= 8.
 */
export function painSingleAlert(timeline: Timeline): Alert | null {
  let worst: TimelinePain | null = null;
  for (const pain of painsSince(timeline, timeline.asOf - 6)) {
    if (
      worst === null ||
      pain.entry.score > worst.entry.score ||
      (pain.entry.score === worst.entry.score &&
        (pain.day > worst.day || (pain.day === worst.day && pain.key < worst.key)))
    ) {
      worst = pain;
    }
  }
  if (worst === null || worst.entry.score < PAIN_SINGLE_WARNING) return null;
  const high = worst.entry.score >= PAIN_SINGLE_HIGH;
  return createAlert(
    timeline,
    "PAIN_SINGLE",
    high ? "high" : "warning",
    worst.key,
    {
      score: worst.entry.score,
      date: fromEpochDay(worst.day),
      location: worst.entry.location,
      side: worst.entry.side,
    },
    high ? ["pain-monitoring", "see-a-professional"] : ["pain-monitoring"],
  );
}

type PainfulSpan = { location: PainLocation; firstDay: EpochDay; lastDay: EpochDay };

/**
 * Per location key: PAIN_RECUR when >= 3 of the 5 most recent runs dated T-27 .. T (by date, then id)
 * have a painful entry there. PAIN_PERSIST replaces it (never both) when, in addition, the painful
 * entries at the key dated T-27 .. T (runs and rest days) span >= 14 days from first to last.
 */
export function painRecurrenceAlerts(timeline: Timeline): Alert[] {
  const windowStart = timeline.asOf - 27;
  const recentRuns = runsSince(timeline, windowStart).slice(-RECENT_RUNS);
  const painfulRunsByKey = new Map<string, number>();
  for (const run of recentRuns) {
    const keys = new Set<string>();
    for (const entry of run.pain) {
      if (entry.score >= PAINFUL_SCORE) keys.add(locationKey(entry));
    }
    // A run with two painful entries at one key is still one painful run.
    for (const key of keys) painfulRunsByKey.set(key, (painfulRunsByKey.get(key) ?? 0) + 1);
  }

  const spanByKey = new Map<string, PainfulSpan>();
  for (const pain of painsSince(timeline, windowStart)) {
    if (pain.entry.score < PAINFUL_SCORE) continue;
    const span = spanByKey.get(pain.key);
    if (span === undefined) {
      spanByKey.set(pain.key, { location: pain.entry.location, firstDay: pain.day, lastDay: pain.day });
    } else {
      span.firstDay = Math.min(span.firstDay, pain.day);
      span.lastDay = Math.max(span.lastDay, pain.day);
    }
  }

  const alerts: Alert[] = [];
  for (const [key, painfulRuns] of painfulRunsByKey) {
    const span = spanByKey.get(key);
    if (painfulRuns < RECUR_MIN_PAINFUL_RUNS || span === undefined) continue;
    const counts = { painfulRuns, recentRuns: recentRuns.length };
    const spanDays = span.lastDay - span.firstDay;
    const place = locationAdvice(span.location);
    alerts.push(
      spanDays >= PERSIST_MIN_SPAN_DAYS
        ? createAlert(
            timeline,
            "PAIN_PERSIST",
            "high",
            key,
            {
              ...counts,
              spanDays,
              firstDate: fromEpochDay(span.firstDay),
              lastDate: fromEpochDay(span.lastDay),
            },
            ["see-a-professional", ...place],
          )
        : createAlert(timeline, "PAIN_RECUR", "warning", key, counts, ["pain-monitoring", ...place]),
    );
  }
  return alerts;
}

/**
 * Per key, P(w) = the highest score at the key among entries of week w (runs and rest days); 0 when the
 * week had runs but no entry there; undefined (the rule cannot fire) when the week had no runs.
 * Reading of the letter ("undefined if no runs"): a week without runs has no P even when a rest-day
 * entry at the key was recorded in it; rest-day entries count only in weeks with runs.
 * Fires when P(k0-2) >= 1 and P(k0-2) < P(k0-1) < P(k0) and P(k0) >= 3. That condition needs P >= 1 in
 * all three weeks, so a week without an entry at the key (P = 0) can never satisfy it either.
 */
export function painTrendAlerts(timeline: Timeline): Alert[] {
  const currentWeekStart = weekStartDay(timeline.asOf, timeline.weekStartsOn);
  const weeksAgoOf = (day: EpochDay) => (day >= currentWeekStart ? 0 : day >= currentWeekStart - 7 ? 1 : 2);
  const weekHadRuns = [false, false, false];
  for (const run of runsSince(timeline, currentWeekStart - 14)) weekHadRuns[weeksAgoOf(run.day)] = true;
  if (!weekHadRuns.every(Boolean)) return [];
  // Highest score per key for [k0, k0-1, k0-2].
  const highestByKey = new Map<string, (number | undefined)[]>();
  for (const pain of painsSince(timeline, currentWeekStart - 14)) {
    const highest = highestByKey.get(pain.key) ?? [undefined, undefined, undefined];
    const weeksAgo = weeksAgoOf(pain.day);
    highest[weeksAgo] = Math.max(highest[weeksAgo] ?? 0, pain.entry.score);
    highestByKey.set(pain.key, highest);
  }

  const alerts: Alert[] = [];
  for (const [key, [thisWeek, lastWeek, twoWeeksAgo]] of highestByKey) {
    if (thisWeek === undefined || lastWeek === undefined || twoWeeksAgo === undefined) continue;
    if (twoWeeksAgo >= 1 && twoWeeksAgo < lastWeek && lastWeek < thisWeek && thisWeek >= PAINFUL_SCORE) {
      alerts.push(
        createAlert(timeline, "PAIN_TREND", "warning", key, { twoWeeksAgo, lastWeek, thisWeek }, [
          "pain-rising",
        ]),
      );
    }
  }
  return alerts;
}

/** One alert per location key with a red-flagged entry dated T-6 .. T (runs and rest days). */
export function painRedFlagAlerts(timeline: Timeline): Alert[] {
  type Flagged = { flags: Set<RedFlag>; lastDay: EpochDay; highestScore: number };
  const flaggedByKey = new Map<string, Flagged>();
  for (const pain of painsSince(timeline, timeline.asOf - 6)) {
    const flags = RED_FLAGS.filter((flag) => pain.entry[flag]);
    if (flags.length === 0) continue;
    const flagged = flaggedByKey.get(pain.key) ?? {
      flags: new Set<RedFlag>(),
      lastDay: pain.day,
      highestScore: pain.entry.score,
    };
    for (const flag of flags) flagged.flags.add(flag);
    flagged.lastDay = Math.max(flagged.lastDay, pain.day);
    flagged.highestScore = Math.max(flagged.highestScore, pain.entry.score);
    flaggedByKey.set(pain.key, flagged);
  }
  return [...flaggedByKey].map(([key, flagged]) =>
      // Several flagged entries at one key: every flag raised (in RED_FLAGS order), the latest date and
      // the highest score among them.
      createAlert(
        timeline,
        "PAIN_REDFLAG",
        "high",
        key,
        {
          flags: RED_FLAGS.filter((flag) => flagged.flags.has(flag)).join(","),
          date: fromEpochDay(flagged.lastDay),
          score: flagged.highestScore,
        },
        ["see-a-professional"],
      ),
    );
}

/**
 * PAIN_MORNING (revision of 2026-12-01): per location key, an entry with timing `next_morning` dated
 * T-6 .. T scoring >= 3. Silbernagel's model allows pain during a run only if it has settled by the next
 * morning, so this is the model's own stop sign. One alert per key, with the latest such entry's numbers
 * (on the same day, the higher score).
 */
export function painMorningAlerts(timeline: Timeline): Alert[] {
  const latestByKey = new Map<string, TimelinePain>();
  for (const pain of painsSince(timeline, timeline.asOf - 6)) {
    if (pain.entry.timing !== "next_morning" || pain.entry.score < PAINFUL_SCORE) continue;
    const latest = latestByKey.get(pain.key);
    if (
      latest === undefined ||
      pain.day > latest.day ||
      (pain.day === latest.day && pain.entry.score > latest.entry.score)
    ) {
      latestByKey.set(pain.key, pain);
    }
  }
  return [...latestByKey].map(([key, pain]) =>
    createAlert(
      timeline,
      "PAIN_MORNING",
      "warning",
      key,
      { score: pain.entry.score, date: fromEpochDay(pain.day), location: pain.entry.location, side: pain.entry.side },
      ["pain-monitoring", ...locationAdvice(pain.entry.location)],
    ),
  );
}

export function painAlerts(timeline: Timeline): Alert[] {
  const single = painSingleAlert(timeline);
  return [
    ...(single ? [single] : []),
    ...painRecurrenceAlerts(timeline),
    ...painTrendAlerts(timeline),
    ...painRedFlagAlerts(timeline),
    ...painMorningAlerts(timeline),
  ];
}
