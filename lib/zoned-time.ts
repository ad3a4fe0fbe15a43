// Wall-clock time in a runner's time zone -> UTC instant, without a date library.

// One formatter per zone and kind, built on first use: building an Intl.DateTimeFormat costs far
// more than formatting with one.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(kind: "parts" | "clock", timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter =
      kind === "parts"
        ? new Intl.DateTimeFormat("en-US", {
            timeZone,
            hourCycle: "h23",
            year: "numeric",
            month: "2-digit",
            day: "2-digit",
            hour: "2-digit",
            minute: "2-digit",
            second: "2-digit",
          })
        : new Intl.DateTimeFormat("en-GB", { timeZone, hourCycle: "h23", hour: "2-digit", minute: "2-digit" });
    // Zones are validated but stored as typed, so spellings could pile up: start again past a bound.
    if (formatters.size >= 1000) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Minutes the zone is ahead of UTC at that instant (60 for Copenhagen in winter). */
export function offsetMinutesAt(instant: Date, timeZone: string): number {
  const parts = formatterFor("parts", timeZone).formatToParts(instant);
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
  return formatterFor("clock", timeZone).format(instant);
}
