// Signed, single-purpose unsubscribe tokens (issue 9): a link in an email must work without signing in,
// so the link itself carries the authority. The token is `<userId>.<purpose>.<signature>`, where the
// signature is HMAC-SHA256(secret, "<userId>.<purpose>"). A token for one list cannot unsubscribe from
// another, and it can only ever switch email off, so it does not expire: links in old emails keep
// working, as RFC 8058 expects. Rotating the secret invalidates every link already sent.
import { signText, signatureMatches } from "../auth/signature";

export const UNSUBSCRIBE_PURPOSES = [
  "unsubscribe-high-alerts",
  "unsubscribe-weekly",
  "unsubscribe-morning-check",
  "unsubscribe-all",
] as const;
export type UnsubscribePurpose = (typeof UNSUBSCRIBE_PURPOSES)[number];

function isPurpose(value: string): value is UnsubscribePurpose {
  return (UNSUBSCRIBE_PURPOSES as readonly string[]).includes(value);
}

export function signUnsubscribeToken(secret: string, userId: string, purpose: UnsubscribePurpose): string {
  // Ids are cuids (letters and digits): a dot in one would make the token ambiguous.
  if (!/^[A-Za-z0-9_-]+$/.test(userId)) throw new RangeError("A user id in a token must not contain dots");
  return `${userId}.${purpose}.${signText(secret, `${userId}.${purpose}`)}`;
}

/** The user and purpose a token was signed for, or null for anything not signed with `secret`. */
export function verifyUnsubscribeToken(
  secret: string,
  token: string,
): { userId: string; purpose: UnsubscribePurpose } | null {
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [userId, purpose, signature] = parts as [string, string, string];
  if (!userId || !isPurpose(purpose)) return null;
  if (!signatureMatches(secret, `${userId}.${purpose}`, signature)) return null;
  return { userId, purpose };
}

/** The settings a purpose switches off. */
export function settingsTurnedOffBy(purpose: UnsubscribePurpose): {
  emailHighAlerts?: false;
  emailWeeklyReview?: false;
  emailMorningCheck?: false;
} {
  if (purpose === "unsubscribe-high-alerts") return { emailHighAlerts: false };
  if (purpose === "unsubscribe-weekly") return { emailWeeklyReview: false };
  if (purpose === "unsubscribe-morning-check") return { emailMorningCheck: false };
  return { emailHighAlerts: false, emailWeeklyReview: false, emailMorningCheck: false };
}

/** The link in an email (and its List-Unsubscribe header): GET shows a confirmation, POST applies it. */
export function unsubscribeUrl(appUrl: string, secret: string, userId: string, purpose: UnsubscribePurpose): string {
  const url = new URL("/unsubscribe", appUrl);
  url.searchParams.set("token", signUnsubscribeToken(secret, userId, purpose));
  return url.toString();
}
