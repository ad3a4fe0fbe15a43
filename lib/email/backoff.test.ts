import { describe, expect, it } from "vitest";
import { MAX_DELAY_MS, MAX_SEND_ATTEMPTS, nextAttemptDelay } from "./backoff";

const minutes = (n: number) => n * 60_000;

describe("nextAttemptDelay", () => {
  it.each([
    [1, minutes(1)],
    [2, minutes(5)],
    [3, minutes(15)],
    [4, minutes(60)],
    [5, minutes(180)],
    [6, minutes(360)],
    [9, minutes(360)],
  ])("waits after failed attempt %i for %i ms", (attempts, delay) => {
    expect(nextAttemptDelay(attempts)).toBe(delay);
  });

  it("never waits longer than the cap, and gives up after the last attempt", () => {
    for (let attempts = 1; attempts < MAX_SEND_ATTEMPTS; attempts++) {
      expect(nextAttemptDelay(attempts)).toBeLessThanOrEqual(MAX_DELAY_MS);
    }
    expect(nextAttemptDelay(MAX_SEND_ATTEMPTS)).toBeNull();
  });

  it("keeps retrying for about a day before giving up", () => {
    let total = 0;
    for (let attempts = 1; attempts < MAX_SEND_ATTEMPTS; attempts++) total += nextAttemptDelay(attempts)!;
    expect(total).toBeGreaterThan(minutes(24 * 60));
    expect(total).toBeLessThan(minutes(48 * 60));
  });
});
