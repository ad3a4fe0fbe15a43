// When the weekly review email is due (issue 9: "Monday 07:00 in the runner's own time zone (and week
// start)"). Read as: 07:00 local on the first day of the runner's own week, covering the week that has
// just ended. That is Monday for a Monday-start week and Sunday for a Sunday-start week, so the email
// always reviews a complete week of theirs and arrives as their next week begins; sending a Sunday-start
// runner's review on Monday would cover a week whose first day (Sunday) already belongs to the next one.
//
// The email stays due for the rest of that local day, so a server that was down at 07:00 still sends it
// when it comes back (the outbox key makes sure it is queued once). After that day it is skipped: a
// review of last week that arrives mid-week is noise.
import { addDays, localDateOf, weekStartOf } from "../analysis/dates";
import type { LocalDate, WeekStart } from "../analysis/types";
import { weekLabelOf } from "../analysis/week-label";
import { wallClockTime } from "../zoned-time";

export const WEEKLY_SEND_HOUR = 7;

export type WeeklyDigestSchedule = {
  due: boolean;
  /** The label of the week under review, for /review/<label>, e.g. "2025-W08". */
  weekLabel: string;
  /** The first day of the week under review (the one before the runner's current week). */
  previousWeekStart: LocalDate;
  /** The runner's local date at `now`. */
  today: LocalDate;
};

export function weeklyDigestDue(
  now: Date,
  user: { timezone: string; weekStartsOn: WeekStart },
): WeeklyDigestSchedule {
  const today = localDateOf(now, user.timezone);
  const currentWeekStart = weekStartOf(today, user.weekStartsOn);
  const previousWeekStart = addDays(currentWeekStart, -7);
  const hour = Number(wallClockTime(now, user.timezone).slice(0, 2));
  return {
    due: today === currentWeekStart && hour >= WEEKLY_SEND_HOUR,
    weekLabel: weekLabelOf(previousWeekStart, user.weekStartsOn),
    previousWeekStart,
    today,
  };
}

// The morning check by email (issue 14): 07:30 on the runner's own clock, on a morning with a question
// open, and still due until noon for a server that was down at 07:30; after noon the morning is over
// and the email would be noise. The outbox key `morning-check:<user>:<date>` sends it once that day.
export const MORNING_SEND_TIME = "07:30";
export const MORNING_LAST_TIME = "12:00";

export type MorningEmailSchedule = {
  due: boolean;
  /** The runner's local date at `now`: the morning the questions are asked on. */
  today: LocalDate;
};

export function morningEmailDue(now: Date, timezone: string): MorningEmailSchedule {
  const clock = wallClockTime(now, timezone);
  return { due: clock >= MORNING_SEND_TIME && clock < MORNING_LAST_TIME, today: localDateOf(now, timezone) };
}
