import "server-only";
import { db } from "./db";
import { createTableFailureLimiter } from "./data/shared-limits";

export { clientAddress } from "../api/request";

// 10 failed sign-ins in 15 minutes, per client address and per account, then 429 until the oldest
// failure leaves the window. The failures are kept in the database (issue 18), so the lock holds
// whichever app server each attempt reaches.
const MAX_FAILURES = 10;
const WINDOW_MS = 15 * 60_000;

const limiter = createTableFailureLimiter(db, { maxFailures: MAX_FAILURES, windowMs: WINDOW_MS });

function keys(address: string, email: string) {
  return [`ip:${address}`, `account:${email.trim().toLowerCase()}`];
}

export async function signInRetryAfter(address: string, email: string): Promise<number> {
  const waits = await Promise.all(keys(address, email).map((key) => limiter.retryAfter(key)));
  return Math.max(...waits);
}

export async function recordSignIn(address: string, email: string, succeeded: boolean): Promise<void> {
  const [ipKey, accountKey] = keys(address, email);
  if (succeeded) {
    await limiter.clear(accountKey!);
    return;
  }
  await limiter.recordFailure(ipKey!);
  await limiter.recordFailure(accountKey!);
}
