import { describe, expect, it } from "vitest";
import { morningLinkExpiry, morningLinkUrl, signMorningLinkToken, verifyMorningLinkToken, type MorningLink } from "./morning-link-token";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token";

const SECRET = "test-secret-at-least-16-chars";
const link: MorningLink = { userId: "cuser123", runDate: "2026-11-30", location: "knee", side: "left" };
// Copenhagen in winter (UTC+1): the check for a run on 30 Nov is open on 1 and 2 Dec, until midnight.
const expires = morningLinkExpiry(link.runDate, "Europe/Copenhagen");
const morning = new Date("2026-12-01T06:30:00Z");

describe("morning-check links", () => {
  it("expire at midnight after the check's second morning, in the runner's time zone", () => {
    expect(expires.toISOString()).toBe("2026-12-02T23:00:00.000Z");
    expect(morningLinkExpiry(link.runDate, "Pacific/Kiritimati").toISOString()).toBe("2026-12-02T10:00:00.000Z");
  });

  it("verify for the runner, run day and place they were signed for, until they expire", () => {
    const token = signMorningLinkToken(SECRET, link, expires);
    expect(verifyMorningLinkToken(SECRET, token, morning)).toEqual(link);
    expect(verifyMorningLinkToken(SECRET, token, new Date("2026-12-02T22:59:59Z"))).toEqual(link);
    expect(verifyMorningLinkToken(SECRET, token, new Date("2026-12-02T23:00:00Z"))).toBeNull();
  });

  it("read places with an underscore and sides", () => {
    const back = { ...link, location: "it_band", side: "none" } as const;
    expect(verifyMorningLinkToken(SECRET, signMorningLinkToken(SECRET, back, expires), morning)).toEqual(back);
  });

  it("reject another runner's id, another day, another place, a later expiry, a changed signature, another secret", () => {
    const token = signMorningLinkToken(SECRET, link, expires);
    const [, runDate, key, seconds] = token.split(".");
    expect(verifyMorningLinkToken(SECRET, token.replace("cuser123", "cuser124"), morning)).toBeNull();
    expect(verifyMorningLinkToken(SECRET, token.replace(runDate!, "2026-11-29"), morning)).toBeNull();
    expect(verifyMorningLinkToken(SECRET, token.replace(key!, "knee_right"), morning)).toBeNull();
    expect(verifyMorningLinkToken(SECRET, token.replace(seconds!, String(Number(seconds) + 86400)), morning)).toBeNull();
    const last = token.at(-1) === "A" ? "B" : "A";
    expect(verifyMorningLinkToken(SECRET, token.slice(0, -1) + last, morning)).toBeNull();
    expect(verifyMorningLinkToken("another-secret-of-16-chars", token, morning)).toBeNull();
  });

  it("are not unsubscribe tokens, and unsubscribe tokens are not morning links", () => {
    const token = signMorningLinkToken(SECRET, link, expires);
    expect(verifyUnsubscribeToken(SECRET, token)).toBeNull();
    expect(verifyMorningLinkToken(SECRET, signUnsubscribeToken(SECRET, "cuser123", "unsubscribe-all"), morning)).toBeNull();
  });

  it.each(["", "a.b.c.d", "cuser123.2026-11-30.knee_left.1796252400", "cuser123.2026-11-30.elbow_left.1796252400.sig", "cuser123.30-11-2026.knee_left.1796252400.sig", "cuser123.2026-11-30.knee_up.1796252400.sig"])(
    "rejects the malformed token %j",
    (token) => {
      expect(verifyMorningLinkToken(SECRET, token, morning)).toBeNull();
    },
  );

  it("is a link to the morning page of this server", () => {
    expect(morningLinkUrl("https://run.example.org", "a.b")).toBe("https://run.example.org/morning-link?token=a.b");
  });
});
