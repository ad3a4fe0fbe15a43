// HMAC-SHA256 signatures for links that carry their own authority (unsubscribe, password reset, email
// change): the link works without a session because only the server's secret could have made it.
import { createHmac, timingSafeEqual } from "node:crypto";

export function signText(secret: string, text: string): string {
  return createHmac("sha256", secret).update(text).digest("base64url");
}

/** Whether `signature` is the signature of `text`, compared in constant time. */
export function signatureMatches(secret: string, text: string, signature: string): boolean {
  const expected = Buffer.from(signText(secret, text));
  const given = Buffer.from(signature);
  // timingSafeEqual needs equal lengths; the length of a valid signature is no secret.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
