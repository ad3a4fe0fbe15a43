// One-time links sent by email (issue 19): a password reset, and the confirmation of a new email
// address. Signed like the unsubscribe links, but they change the account, so they also
//   - expire: the expiry is inside the signed text (one hour);
//   - are bound to the account's state: the signature covers a "binding" the server recomputes from
//     the user row (the session version for a reset, the pending address for an email change), so a
//     password change voids every reset link sent before it, and a newer email request voids the older link;
//   - work once: the nonce is recorded (UsedLink) in the transaction that makes the change.
// The token is `<purpose>.<userId>.<expires, unix seconds>.<nonce>.<signature>`.
import { randomBytes } from "node:crypto";
import { signText, signatureMatches } from "./signature";

export const ACCOUNT_LINK_PURPOSES = ["reset-password", "confirm-email"] as const;
export type AccountLinkPurpose = (typeof ACCOUNT_LINK_PURPOSES)[number];

export const ACCOUNT_LINK_LIFETIME_MS = 60 * 60_000;

export type AccountLink = { purpose: AccountLinkPurpose; userId: string; expiresAt: Date; nonce: string };

const ID = /^[A-Za-z0-9_-]+$/;

function isPurpose(value: string): value is AccountLinkPurpose {
  return (ACCOUNT_LINK_PURPOSES as readonly string[]).includes(value);
}

function signedText(link: Omit<AccountLink, "expiresAt"> & { expires: string }, binding: string): string {
  // The "account-link" prefix keeps these signatures apart from any other kind the same secret makes.
  return `account-link.${link.purpose}.${link.userId}.${link.expires}.${link.nonce}.${binding}`;
}

export function signAccountLink(
  secret: string,
  input: { purpose: AccountLinkPurpose; userId: string; binding: string; now?: Date; nonce?: string },
): string {
  if (!ID.test(input.userId)) throw new RangeError("A user id in a link must not contain dots");
  const now = input.now ?? new Date();
  const expires = String(Math.floor((now.getTime() + ACCOUNT_LINK_LIFETIME_MS) / 1000));
  const nonce = input.nonce ?? randomBytes(16).toString("base64url");
  const text = signedText({ purpose: input.purpose, userId: input.userId, expires, nonce }, input.binding);
  return `${input.purpose}.${input.userId}.${expires}.${nonce}.${signText(secret, text)}`;
}

/** The fields of a well-formed token, not yet verified: enough to load the user it names. */
export function readAccountLink(token: string): (AccountLink & { expires: string; signature: string }) | null {
  const parts = token.split(".");
  if (parts.length !== 5) return null;
  const [purpose, userId, expires, nonce, signature] = parts as [string, string, string, string, string];
  if (!isPurpose(purpose) || !ID.test(userId) || !/^\d{1,12}$/.test(expires) || !ID.test(nonce) || !signature) return null;
  return { purpose, userId, expires, nonce, signature, expiresAt: new Date(Number(expires) * 1000) };
}

export type LinkCheck = { ok: true; link: AccountLink } | { ok: false; reason: "invalid" | "expired" };

/**
 * Checks a token for `purpose` against the binding recomputed from the user row. A token with a
 * wrong signature, for another purpose, or for another state of the account is "invalid"; a valid
 * one past its hour is "expired".
 */
export function verifyAccountLink(
  secret: string,
  token: string,
  purpose: AccountLinkPurpose,
  binding: string,
  now: Date = new Date(),
): LinkCheck {
  const read = readAccountLink(token);
  if (!read || read.purpose !== purpose) return { ok: false, reason: "invalid" };
  if (!signatureMatches(secret, signedText(read, binding), read.signature)) return { ok: false, reason: "invalid" };
  if (now.getTime() >= read.expiresAt.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, link: { purpose, userId: read.userId, expiresAt: read.expiresAt, nonce: read.nonce } };
}

/** What a reset link is bound to: any password change (or sign out everywhere) voids it. */
export function resetBinding(user: { sessionVersion: number }): string {
  return `v${user.sessionVersion}`;
}

/** What an email-change link is bound to: the address it confirms, which must still be the pending one. */
export function emailChangeBinding(user: { pendingEmail: string | null }): string {
  return `e:${user.pendingEmail ?? ""}`;
}

/** What a page says about a link that no longer works. */
export function linkProblem(reason: "invalid" | "expired" | "used"): string {
  if (reason === "expired") return "This link has expired: links work for one hour. Ask for a new one.";
  if (reason === "used") return "This link has been used already: each link works once. Ask for a new one.";
  return "This link does not work: it is incomplete, or it was replaced by a newer one. Ask for a new one.";
}
