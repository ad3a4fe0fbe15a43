import { describe, expect, it } from "vitest";
import { settingsTurnedOffBy, signUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token";

const SECRET = "test-secret-at-least-16-chars";

describe("unsubscribe tokens", () => {
  it("verifies a token for the user and purpose it was signed for", () => {
    const token = signUnsubscribeToken(SECRET, "cuser123", "unsubscribe-weekly");
    expect(verifyUnsubscribeToken(SECRET, token)).toEqual({ userId: "cuser123", purpose: "unsubscribe-weekly" });
  });

  it("rejects a token whose purpose was swapped for another list", () => {
    const token = signUnsubscribeToken(SECRET, "cuser123", "unsubscribe-weekly");
    const swapped = token.replace("unsubscribe-weekly", "unsubscribe-all");
    expect(verifyUnsubscribeToken(SECRET, swapped)).toBeNull();
  });

  it("rejects a token moved to another user, a tampered signature and another secret", () => {
    const token = signUnsubscribeToken(SECRET, "cuser123", "unsubscribe-high-alerts");
    expect(verifyUnsubscribeToken(SECRET, token.replace("cuser123", "cuser124"))).toBeNull();
    const last = token.at(-1) === "A" ? "B" : "A";
    expect(verifyUnsubscribeToken(SECRET, token.slice(0, -1) + last)).toBeNull();
    expect(verifyUnsubscribeToken("another-secret-of-16-chars", token)).toBeNull();
  });

  it.each(["", "a.b", "cuser123.unsubscribe-weekly", "cuser123.login.abc", "a.unsubscribe-all.b.c"])(
    "rejects the malformed token %j",
    (token) => {
      expect(verifyUnsubscribeToken(SECRET, token)).toBeNull();
    },
  );

  it("maps each purpose to the settings it switches off", () => {
    expect(settingsTurnedOffBy("unsubscribe-high-alerts")).toEqual({ emailHighAlerts: false });
    expect(settingsTurnedOffBy("unsubscribe-weekly")).toEqual({ emailWeeklyReview: false });
    expect(settingsTurnedOffBy("unsubscribe-morning-check")).toEqual({ emailMorningCheck: false });
    expect(settingsTurnedOffBy("unsubscribe-all")).toEqual({
      emailHighAlerts: false,
      emailWeeklyReview: false,
      emailMorningCheck: false,
    });
  });
});
