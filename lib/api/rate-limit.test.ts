import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("createRateLimiter", () => {
  it("lets a full minute's allowance through in one burst, then refuses with the wait for the next one", () => {
    const time = clock();
    const limiter = createRateLimiter(60, { now: time.now });
    const decisions = Array.from({ length: 61 }, () => limiter.take("token-a"));
    expect(decisions.slice(0, 60).every((d) => d.allowed)).toBe(true);
    expect(decisions[59]).toEqual({ allowed: true, limit: 60, remaining: 0 });
    expect(decisions[60]).toEqual({ allowed: false, limit: 60, remaining: 0, retryAfterSec: 1 });
  });

  it("recovers after Retry-After seconds, one request per refill interval", () => {
    const time = clock();
    const limiter = createRateLimiter(6, { now: time.now }); // one every 10 s
    for (let i = 0; i < 6; i++) limiter.take("k");
    const refused = limiter.take("k");
    expect(refused).toMatchObject({ allowed: false, retryAfterSec: 10 });
    time.advance(4_000);
    expect(limiter.take("k")).toMatchObject({ allowed: false, retryAfterSec: 6 });
    time.advance(6_000);
    expect(limiter.take("k").allowed).toBe(true);
    expect(limiter.take("k").allowed).toBe(false);
  });

  it("keeps keys apart", () => {
    const limiter = createRateLimiter(1, { now: () => 0 });
    expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("a").allowed).toBe(false);
    expect(limiter.take("b").allowed).toBe(true);
  });

  it("never refills beyond the burst size", () => {
    const time = clock();
    const limiter = createRateLimiter(2, { now: time.now });
    limiter.take("k");
    time.advance(10 * 60_000);
    expect([limiter.take("k"), limiter.take("k"), limiter.take("k")].map((d) => d.allowed)).toEqual([true, true, false]);
  });

  it("forgets idle keys first when it holds too many, so memory stays bounded", () => {
    const time = clock();
    const limiter = createRateLimiter(1, { now: time.now, maxKeys: 2 });
    limiter.take("busy");
    limiter.take("idle");
    time.advance(60_000); // both refilled: pruning drops them
    limiter.take("busy");
    limiter.take("third");
    expect(limiter.take("busy").allowed).toBe(false);
  });

  it("rejects a limit below one", () => {
    expect(() => createRateLimiter(0)).toThrow();
  });
});
