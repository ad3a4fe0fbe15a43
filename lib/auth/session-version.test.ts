import { describe, expect, it } from "vitest";
import { SESSION_VERSION_CLAIM, sessionIsCurrent, sessionVersionOf } from "./session-version";

describe("session version", () => {
  it("accepts a session issued at the user's current version", () => {
    expect(sessionIsCurrent({ sub: "u1", [SESSION_VERSION_CLAIM]: 2 }, { sessionVersion: 2 })).toBe(true);
  });

  it("ends a session issued before the version was bumped", () => {
    expect(sessionIsCurrent({ sub: "u1", [SESSION_VERSION_CLAIM]: 1 }, { sessionVersion: 2 })).toBe(false);
  });

  it("reads a cookie from before session versions as version 0", () => {
    expect(sessionVersionOf({ sub: "u1" })).toBe(0);
    expect(sessionIsCurrent({ sub: "u1" }, { sessionVersion: 0 })).toBe(true);
    expect(sessionIsCurrent({ sub: "u1" }, { sessionVersion: 1 })).toBe(false);
  });

  it.each([["2"], [2.5], [null], [Number.NaN]])("treats the claim %j as no version", (value) => {
    expect(sessionVersionOf({ [SESSION_VERSION_CLAIM]: value })).toBe(0);
  });
});
