// Sending one outbox entry: the one request the pages and the service worker both make, to
// app/outbox/send (the session cookie says whose it is; the idempotency key makes it one entry
// however often, and from wherever, it is sent).
import type { OutboxEntry, SendResult } from "./outbox";

export const SEND_PATH = "/outbox/send";

/** What the request carries: the entry as kept, with its key and account. */
export type SendBody = Pick<OutboxEntry, "key" | "kind" | "userId" | "values" | "confirmed">;

/**
 * The server's answer: stored (with the alerts it raised, also on a replay) or refused. Anything
 * else (no connection, a sign-in page, a server error, another account signed in) throws, and the
 * entry is tried again later.
 */
export async function sendEntry(entry: OutboxEntry): Promise<SendResult> {
  const body: SendBody = { key: entry.key, kind: entry.kind, userId: entry.userId, values: entry.values, confirmed: entry.confirmed };
  const response = await fetch(SEND_PATH, {
    method: "POST",
    credentials: "same-origin",
    redirect: "manual",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (response.status !== 200 || !(response.headers.get("content-type") ?? "").startsWith("application/json")) {
    throw new Error(`The entry was not taken (${response.status || response.type})`);
  }
  return (await response.json()) as SendResult;
}
