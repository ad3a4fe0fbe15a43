// Wall-clock time in a runner's time zone -> UTC instant, without a date library.
import { zoneFormatter } from "./zone-formatter";

const WALL_CLOCK_PARTS: Intl.DateTimeFormatOptions = {
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
};
const HOURS_MINUTES: Intl.DateTimeFormatOptions = { hourCycle: "h23", hour: "2-digit", minute: "2-digit" };

/** Minutes the zone is ahead of UTC at that instant (60 for Copenhagen in winter). */
export function offsetMinutesAt(instant: Date, timeZone: string): number {
  const parts = zoneFormatter("en-US", WALL_CLOCK_PARTS, timeZone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - instant.getTime()) / 60000);
}

/**
 * The UTC instant of `date` at `time` (HH:MM) in `timeZone`. Two passes settle the offset near a
 * daylight-saving change; a time skipped by the change resolves to the later offset.
 */
export function zonedTimeToInstant(date: string, time: string, timeZone: string): Date {
  const naive = new Date(`${date}T${time}:00Z`);
  let instant = new Date(naive.getTime() - offsetMinutesAt(naive, timeZone) * 60000);
  instant = new Date(naive.getTime() - offsetMinutesAt(instant, timeZone) * 60000);
  return instant;
}

/** HH:MM of an instant in the runner's time zone. */
export function wallClockTime(instant: Date, timeZone: string): string {
  return zoneFormatter("en-GB", HOURS_MINUTES, timeZone).format(instant);
}
