// Retry schedule for the outbox. SMTP failures are usually short (a 4xx "try again later", a restarting
// relay), so the first retries are quick; after that the gaps grow to a 6-hour cap, and a message is
// given up after MAX_SEND_ATTEMPTS, about a day and a half after it was queued: a weekly review that
// arrives on Wednesday, or an alert email days late, is no longer worth sending.

const MINUTE = 60_000;
const DELAYS_MS = [1, 5, 15, 60, 180].map((minutes) => minutes * MINUTE);
export const MAX_DELAY_MS = 6 * 60 * MINUTE;
export const MAX_SEND_ATTEMPTS = 10;

/**
 * How long to wait after the `attempts`-th failed attempt (1 = the first attempt failed), or null when
 * the message should be marked failed instead.
 */
export function nextAttemptDelay(attempts: number): number | null {
  if (attempts >= MAX_SEND_ATTEMPTS) return null;
  return DELAYS_MS[Math.max(0, attempts - 1)] ?? MAX_DELAY_MS;
}
