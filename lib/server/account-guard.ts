import "server-only";
import { createFailureLimiter, type FailureLimiter } from "../auth/failure-limiter";

// Password reset requests (issue 19): every request counts, whether or not the address has an
// account (counting only real ones would tell which exist). 3 an hour per address, so nobody's inbox
// is flooded, and 20 an hour per client address. One per process, on globalThis like the sign-in limiter.
const WINDOW_MS = 60 * 60_000;

const holder = globalThis as unknown as { stridewiseResetLimiters?: { address: FailureLimiter; client: FailureLimiter } };
const limiters = (holder.stridewiseResetLimiters ??= {
  address: createFailureLimiter({ maxFailures: 3, windowMs: WINDOW_MS }),
  client: createFailureLimiter({ maxFailures: 20, windowMs: WINDOW_MS }),
});

/** Seconds to wait before this request may go through, or 0 (and the request is counted). */
export function takeResetRequest(client: string, email: string): number {
  const wait = Math.max(limiters.address.retryAfter(`email:${email}`), limiters.client.retryAfter(`ip:${client}`));
  if (wait > 0) return wait;
  limiters.address.recordFailure(`email:${email}`);
  limiters.client.recordFailure(`ip:${client}`);
  return 0;
}
