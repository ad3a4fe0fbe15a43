// The morning check (ANALYSIS-RULES, PAIN_MORNING): pain during a run is acceptable only if it has
// settled by the next morning, so the morning after a run with any pain Stridewise asks, per place,
// "How does your left knee feel this morning?". Pure: the app, the API and the morning email ask the
// same questions.
//
// A run on day D with pain at a place asks about that place on D+1 and D+2 ("gone after two days
// unanswered"), once: an answer or a skip for (D, place) ends it, and so does any entry timed
// next_morning at that place dated D+1 .. T, however it was logged (the rest-day form, the API).
import { addDays, daysBetween } from "../analysis/dates";
import type { LocalDate, PainLocation, PainSide } from "../analysis/types";

/** The question stays on the two mornings after the run. */
export const MORNING_CHECK_DAYS = 2;

export type MorningCheckInput = {
  /** Pain entries of runs dated T-2 .. T-1 (others are ignored). */
  runPain: { date: LocalDate; location: PainLocation; side: PainSide; score: number }[];
  /** Entries timed next_morning (runs or rest days) dated T-1 .. T. */
  mornings: { date: LocalDate; location: PainLocation; side: PainSide }[];
  /** Checks answered or skipped, by run day and place. */
  handled: { runDate: LocalDate; location: string; side: string }[];
};

export type PendingMorningCheck = {
  /** The day of the run that hurt. */
  runDate: LocalDate;
  location: PainLocation;
  side: PainSide;
  /** `${location}_${side}`, the analyser's location key. */
  key: string;
  /** The highest score at the place on that run day. */
  runScore: number;
};

const keyOf = (entry: { location: string; side: string }) => `${entry.location}_${entry.side}`;

/** The checks to ask as of `today`: one per place, for the latest run day that hurt there. */
export function pendingMorningChecks(input: MorningCheckInput, today: LocalDate): PendingMorningCheck[] {
  const handled = new Set(input.handled.map((check) => `${check.runDate}|${keyOf(check)}`));
  const byKey = new Map<string, PendingMorningCheck>();
  for (const entry of input.runPain) {
    const age = daysBetween(entry.date, today);
    if (entry.score < 1 || age < 1 || age > MORNING_CHECK_DAYS) continue;
    const key = keyOf(entry);
    const current = byKey.get(key);
    if (current === undefined || entry.date > current.runDate) {
      byKey.set(key, { runDate: entry.date, location: entry.location, side: entry.side, key, runScore: entry.score });
    } else if (entry.date === current.runDate && entry.score > current.runScore) {
      current.runScore = entry.score;
    }
  }
  return [...byKey.values()]
    .filter((check) => !handled.has(`${check.runDate}|${check.key}`))
    .filter(
      (check) =>
        !input.mornings.some(
          (morning) => keyOf(morning) === check.key && morning.date > check.runDate && morning.date <= today,
        ),
    )
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The first day a run on `today` could be asked about, and the last: what the loaders need to read. */
export function morningCheckRunDays(today: LocalDate): { from: LocalDate; to: LocalDate } {
  return { from: addDays(today, -MORNING_CHECK_DAYS), to: addDays(today, -1) };
}

/** Whether a check for a run on `runDate` can still be answered on `today`. */
export function isMorningCheckOpen(runDate: LocalDate, today: LocalDate): boolean {
  const age = daysBetween(runDate, today);
  return age >= 1 && age <= MORNING_CHECK_DAYS;
}
