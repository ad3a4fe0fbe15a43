// Counts failed sign-ins per key (an account, a client address) in a sliding window. Unlike the
// API's token bucket, only failures count: a runner who signs in correctly is never slowed down.

export type FailureLimiter = {
  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfter(key: string): number;
  recordFailure(key: string): void;
  /** A successful sign-in clears the account's count. */
  clear(key: string): void;
};

export function createFailureLimiter(options: {
  maxFailures: number;
  windowMs: number;
  now?: () => number;
  maxKeys?: number;
}): FailureLimiter {
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? 10_000;
  const failures = new Map<string, number[]>();

  function recent(key: string, at: number): number[] {
    const list = (failures.get(key) ?? []).filter((t) => at - t < options.windowMs);
    if (list.length === 0) failures.delete(key);
    else failures.set(key, list);
    return list;
  }

  return {
    retryAfter(key) {
      const at = now();
      const list = recent(key, at);
      if (list.length < options.maxFailures) return 0;
      // Blocked until the oldest failure that keeps the count at the limit leaves the window.
      const unblockAt = list[list.length - options.maxFailures]! + options.windowMs;
      return Math.max(1, Math.ceil((unblockAt - at) / 1000));
    },
    recordFailure(key) {
      const at = now();
      if (!failures.has(key) && failures.size >= maxKeys) {
        failures.delete(failures.keys().next().value as string);
      }
      const list = recent(key, at);
      list.push(at);
      failures.set(key, list);
    },
    clear(key) {
      failures.delete(key);
    },
  };
}
