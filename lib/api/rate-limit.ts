// An in-memory token bucket per key (a token id, a client address). Stridewise is self-hosted as one
// process, so memory is the right store: no Redis to run, and a restart only forgets who was busy.
// Several instances behind a balancer run on PostgreSQL, where the API counts in a table instead
// (lib/server/data/shared-limits.ts).

export type RateLimitDecision =
  | { allowed: true; limit: number; remaining: number }
  | { allowed: false; limit: number; remaining: 0; retryAfterSec: number };

type Bucket = { tokens: number; updatedAt: number };

export type RateLimiter = {
  /** Takes one request from the key's bucket. */
  take(key: string): RateLimitDecision;
  readonly perMinute: number;
};

/**
 * `perMinute` requests may come in one burst; after that they refill evenly, one every
 * 60 / perMinute seconds, so a client that waits `Retry-After` always gets the next one through.
 */
export function createRateLimiter(
  perMinute: number,
  options: { now?: () => number; maxKeys?: number } = {},
): RateLimiter {
  if (!Number.isFinite(perMinute) || perMinute < 1) throw new Error("perMinute must be at least 1");
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? 10_000;
  const refillPerMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  function refill(bucket: Bucket, at: number) {
    bucket.tokens = Math.min(perMinute, bucket.tokens + (at - bucket.updatedAt) * refillPerMs);
    bucket.updatedAt = at;
  }

  // A full bucket is the same as no bucket, so dropping those bounds memory when many clients
  // (or someone cycling through addresses) come by.
  function prune(at: number) {
    for (const [key, bucket] of buckets) {
      refill(bucket, at);
      if (bucket.tokens >= perMinute) buckets.delete(key);
    }
    // Still full of busy keys: forget the oldest rather than grow without bound.
    while (buckets.size >= maxKeys) buckets.delete(buckets.keys().next().value as string);
  }

  return {
    perMinute,
    take(key) {
      const at = now();
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= maxKeys) prune(at);
        bucket = { tokens: perMinute, updatedAt: at };
        buckets.set(key, bucket);
      } else {
        refill(bucket, at);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true, limit: perMinute, remaining: Math.floor(bucket.tokens) };
      }
      const retryAfterSec = Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000));
      return { allowed: false, limit: perMinute, remaining: 0, retryAfterSec };
    },
  };
}
