import { describe, expect, it } from "vitest";
import {
  ACCOUNT_LINK_LIFETIME_MS,
  emailChangeBinding,
  resetBinding,
  signAccountLink,
  verifyAccountLink,
} from "./account-link";

const SECRET = "test-secret-at-least-16-chars";
const NOW = new Date("2026-03-01T10:00:00Z");
const later = (ms: number) => new Date(NOW.getTime() + ms);

describe("account links", () => {
  const binding = resetBinding({ sessionVersion: 3 });
  const token = signAccountLink(SECRET, { purpose: "reset-password", userId: "cuser123", binding, now: NOW, nonce: "n1" });

  it("verifies a link for its user, purpose and binding within the hour", () => {
    expect(verifyAccountLink(SECRET, token, "reset-password", binding, later(ACCOUNT_LINK_LIFETIME_MS - 1000))).toEqual({
      ok: true,
      link: { purpose: "reset-password", userId: "cuser123", nonce: "n1", expiresAt: later(ACCOUNT_LINK_LIFETIME_MS) },
    });
  });

  it("expires after one hour", () => {
    expect(verifyAccountLink(SECRET, token, "reset-password", binding, later(ACCOUNT_LINK_LIFETIME_MS))).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("cannot be given a later expiry, another user or another nonce", () => {
    const [purpose, user, expires, nonce, signature] = token.split(".");
    const forged = [
      [purpose, user, String(Number(expires) + 3600), nonce, signature],
      [purpose, "cuser124", expires, nonce, signature],
      [purpose, user, expires, "n2", signature],
    ];
    for (const parts of forged) {
      expect(verifyAccountLink(SECRET, parts.join("."), "reset-password", binding, NOW)).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("is void once the account's state it was bound to changes", () => {
    // A password change bumps the session version; a newer email request replaces the pending address.
    expect(verifyAccountLink(SECRET, token, "reset-password", resetBinding({ sessionVersion: 4 }), NOW).ok).toBe(false);
    const email = signAccountLink(SECRET, {
      purpose: "confirm-email",
      userId: "cuser123",
      binding: emailChangeBinding({ pendingEmail: "new@example.com" }),
      now: NOW,
    });
    expect(verifyAccountLink(SECRET, email, "confirm-email", emailChangeBinding({ pendingEmail: "new@example.com" }), NOW).ok).toBe(true);
    expect(verifyAccountLink(SECRET, email, "confirm-email", emailChangeBinding({ pendingEmail: "other@example.com" }), NOW).ok).toBe(false);
    expect(verifyAccountLink(SECRET, email, "confirm-email", emailChangeBinding({ pendingEmail: null }), NOW).ok).toBe(false);
  });

  it("is not accepted for another purpose or under another secret", () => {
    expect(verifyAccountLink(SECRET, token, "confirm-email", binding, NOW).ok).toBe(false);
    expect(verifyAccountLink(SECRET, token.replace("reset-password", "confirm-email"), "confirm-email", binding, NOW).ok).toBe(false);
    expect(verifyAccountLink("another-secret-of-16-chars", token, "reset-password", binding, NOW).ok).toBe(false);
  });

  it.each(["", "a.b.c.d.e", "reset-password.cuser123.123.n1", "reset-password.c.u.123.n1.sig", "reset-password.cuser123.soon.n1.sig"])(
    "rejects the malformed token %j",
    (bad) => {
      expect(verifyAccountLink(SECRET, bad, "reset-password", binding, NOW)).toEqual({ ok: false, reason: "invalid" });
    },
  );

  it("refuses to sign for an id with a dot", () => {
    expect(() => signAccountLink(SECRET, { purpose: "reset-password", userId: "a.b", binding })).toThrow(RangeError);
  });
});
