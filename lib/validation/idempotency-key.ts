// The idempotency key a client sends with a new entry (the Idempotency-Key header, the offline
// outbox's id for each entry): the same key twice stores the entry once.

const KEY = /^[A-Za-z0-9._:-]{1,100}$/;

/** The key when it is well-formed, null when there is none, undefined when it is malformed. */
export function parseIdempotencyKey(value: unknown): string | null | undefined {
  if (value === null || value === undefined || value === "") return null;
  return typeof value === "string" && KEY.test(value) ? value : undefined;
}

/** The key a form sends with a new entry (`clientKey`, the outbox's id for it). */
export function entryKeyOf(raw: unknown): string | null | undefined {
  return parseIdempotencyKey(typeof raw === "object" && raw !== null ? (raw as { clientKey?: unknown }).clientKey : null);
}
