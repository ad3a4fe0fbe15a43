// Signed morning-check links (issue 14): the emailed question opens without signing in, so the link
// carries the authority, like the unsubscribe links (unsubscribe-token.ts). The token is
// `<userId>.<runDate>.<place key>.<expires>.<signature>`, the signature HMAC-SHA256(secret,
// "morning-check.<userId>.<runDate>.<place key>.<expires>"); `expires` is in seconds since 1970, the
// end of the check's own two mornings in the runner's time zone. A token answers one check of one
// runner and nothing else; that it answers only once is the morning-check table's unique row, not the
// token. Rotating the secret invalidates every link already sent.
import { createHmac, timingSafeEqual } from "node:crypto";
import { addDays } from "../analysis/dates";
import { PAIN_LOCATIONS, PAIN_SIDES, type LocalDate, type PainLocation, type PainSide } from "../analysis/types";
import { MORNING_CHECK_DAYS } from "../morning-check/pending";
import { zonedTimeToInstant } from "../zoned-time";

export type MorningLink = { userId: string; runDate: LocalDate; location: PainLocation; side: PainSide };

/** The path the proxy lets through without a session (proxy.ts). */
export const MORNING_LINK_PATH = "/morning-link";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function sign(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(`morning-check.${payload}`).digest("base64url");
}

/** "knee_left" back into its place and side; null for anything the analyser would not write. */
function parseKey(key: string): { location: PainLocation; side: PainSide } | null {
  const cut = key.lastIndexOf("_");
  const location = key.slice(0, cut);
  const side = key.slice(cut + 1);
  if (cut < 1 || !(PAIN_LOCATIONS as readonly string[]).includes(location) || !(PAIN_SIDES as readonly string[]).includes(side)) {
    return null;
  }
  return { location: location as PainLocation, side: side as PainSide };
}

/** Midnight after the check's last morning (run day + 2), in the runner's time zone. */
export function morningLinkExpiry(runDate: LocalDate, timeZone: string): Date {
  return zonedTimeToInstant(addDays(runDate, MORNING_CHECK_DAYS + 1), "00:00", timeZone);
}

export function signMorningLinkToken(secret: string, link: MorningLink, expiresAt: Date): string {
  // Ids are cuids (letters and digits): a dot in one would make the token ambiguous.
  if (!/^[A-Za-z0-9_-]+$/.test(link.userId)) throw new RangeError("A user id in a token must not contain dots");
  if (!DATE.test(link.runDate)) throw new RangeError(`Not a local date: ${link.runDate}`);
  const payload = `${link.userId}.${link.runDate}.${link.location}_${link.side}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${payload}.${sign(secret, payload)}`;
}

/** The check a token was signed for, or null when it was not signed with `secret` or has expired at `now`. */
export function verifyMorningLinkToken(secret: string, token: string, now: Date): MorningLink | null {
  const parts = token.split(".");
  if (parts.length !== 5) return null;
  const [userId, runDate, key, expires, signature] = parts as [string, string, string, string, string];
  if (!userId || !DATE.test(runDate) || !/^\d{1,12}$/.test(expires)) return null;
  const place = parseKey(key);
  if (!place) return null;
  const expected = Buffer.from(sign(secret, parts.slice(0, 4).join(".")));
  const given = Buffer.from(signature);
  // timingSafeEqual needs equal lengths; the length of a valid signature is no secret.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (now.getTime() >= Number(expires) * 1000) return null;
  return { userId, runDate, ...place };
}

/** The link in the morning email: GET shows the question, POST answers it. */
export function morningLinkUrl(appUrl: string, token: string): string {
  const url = new URL(MORNING_LINK_PATH, appUrl);
  url.searchParams.set("token", token);
  return url.toString();
}
