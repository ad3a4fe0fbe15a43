import { describe, expect, it } from "vitest";
import { createFailureLimiter } from "./failure-limiter";

function limiterAt(start = 0) {
  let clock = start;
  const limiter = createFailureLimiter({ maxFailures: 10, windowMs: 15 * 60_000, now: () => clock });
  return { limiter, advance: (ms: number) => (clock += ms) };
}

describe("the sign-in failure limiter", () => {
  it("lets nine failures through and blocks the tenth attempt after ten failures", () => {
    const { limiter } = limiterAt();
    for (let i = 0; i < 9; i++) limiter.recordFailure("a@example.com");
    expect(limiter.retryAfter("a@example.com")).toBe(0);
    limiter.recordFailure("a@example.com");
    expect(limiter.retryAfter("a@example.com")).toBe(15 * 60);
  });

  it("unblocks when the oldest failure leaves the 15-minute window", () => {
    const { limiter, advance } = limiterAt();
    limiter.recordFailure("ip");
    advance(60_000);
    for (let i = 0; i < 9; i++) limiter.recordFailure("ip");
    expect(limiter.retryAfter("ip")).toBe(14 * 60);
    advance(14 * 60_000 - 1);
    expect(limiter.retryAfter("ip")).toBe(1);
    advance(1);
    expect(limiter.retryAfter("ip")).toBe(0);
  });

  it("keeps keys apart and forgets an account's failures after a success", () => {
    const { limiter } = limiterAt();
    for (let i = 0; i < 10; i++) limiter.recordFailure("a");
    expect(limiter.retryAfter("b")).toBe(0);
    limiter.clear("a");
    expect(limiter.retryAfter("a")).toBe(0);
  });

  it("stays bounded in memory", () => {
    let clock = 0;
    const limiter = createFailureLimiter({ maxFailures: 2, windowMs: 1000, now: () => clock, maxKeys: 3 });
    for (const key of ["a", "b", "c", "d"]) limiter.recordFailure(key);
    clock += 1;
    limiter.recordFailure("d");
    expect(limiter.retryAfter("d")).toBeGreaterThan(0);
    limiter.recordFailure("a");
    expect(limiter.retryAfter("a")).toBe(0);
  });
});
