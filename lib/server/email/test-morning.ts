// For the morning-check email tests that run on the real clock (the link page and the e2e test): a time
// zone where it is morning now, between 08:00 and 11:00, so the email is due and stays due through the test.
import { wallClockTime } from "../../zoned-time";

export function zoneWhereItIsMorning(now: Date = new Date()): string {
  const zone = Intl.supportedValuesOf("timeZone").find((candidate) => {
    const clock = wallClockTime(now, candidate);
    return clock >= "08:00" && clock < "11:00";
  });
  if (!zone) throw new Error(`No time zone has a morning at ${now.toISOString()}`);
  return zone;
}
