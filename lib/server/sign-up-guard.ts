import "server-only";
import { createFailureLimiter, type FailureLimiter } from "../auth/failure-limiter";

// Sign-ups per client address: every attempt counts, whether it creates an account or not, so the
// form cannot be used to test thousands of addresses for an account (issue 20). One per process.
const WINDOW_MS = 60 * 60_000;

function perHour(): number {
  const value = Number(process.env.SIGNUP_RATE_LIMIT_PER_HOUR ?? 20);
  return Number.isInteger(value) && value >= 1 ? value : 20;
}

const holder = globalThis as unknown as { stridewiseSignUpLimiter?: FailureLimiter };
const limiter = (holder.stridewiseSignUpLimiter ??= createFailureLimiter({ maxFailures: perHour(), windowMs: WINDOW_MS }));

/** Counts one attempt; returns the seconds to wait when the address is over its limit (0: go ahead). */
export function takeSignUpAttempt(address: string): number {
  const key = `ip:${address}`;
  const wait = limiter.retryAfter(key);
  if (wait === 0) limiter.recordFailure(key);
  return wait;
}
