import "server-only";
import { createFailureLimiter, type FailureLimiter } from "../auth/failure-limiter";

export { clientAddress } from "../api/request";

// 10 failed sign-ins in 15 minutes, per client address and per account, then 429 until the oldest
// failure leaves the window. One per process (kept on globalThis so every route module shares it).
const MAX_FAILURES = 10;
const WINDOW_MS = 15 * 60_000;

const holder = globalThis as unknown as { stridewiseSignInLimiter?: FailureLimiter };
const limiter = (holder.stridewiseSignInLimiter ??= createFailureLimiter({
  maxFailures: MAX_FAILURES,
  windowMs: WINDOW_MS,
}));

function keys(address: string, email: string) {
  return [`ip:${address}`, `account:${email.trim().toLowerCase()}`];
}

export function signInRetryAfter(address: string, email: string): number {
  return Math.max(...keys(address, email).map((key) => limiter.retryAfter(key)));
}

export function recordSignIn(address: string, email: string, succeeded: boolean) {
  const [ipKey, accountKey] = keys(address, email);
  if (succeeded) {
    limiter.clear(accountKey!);
    return;
  }
  limiter.recordFailure(ipKey!);
  limiter.recordFailure(accountKey!);
}
