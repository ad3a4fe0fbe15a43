// The offline outbox (issue 15): runs and rest-day pain saved while the phone has no signal wait here,
// in the browser, until the server has them. Pure logic over a small store interface, so the ordering,
// the backoff and the refusals are unit-tested without a browser; lib/outbox/idb-store.ts keeps it in
// IndexedDB.

import type { SavedAlert } from "@/app/runs/saved-alerts";

/**
 * The shape of what the outbox stores. A new app version that changes the forms' fields bumps this;
 * an entry written by another version is never sent blindly: it opens in the form for a look.
 */
export const OUTBOX_VERSION = 1;

export type OutboxKind = "run" | "pain";

export type OutboxEntry = {
  /** The idempotency key: the server stores an entry once however often it is sent. */
  key: string;
  kind: OutboxKind;
  /** The account the entry belongs to: another account's entries are neither shown nor sent. */
  userId: string;
  /** The form's fields as typed. */
  values: Record<string, unknown>;
  /** The runner answered "Is 500 km right?" with yes before it was kept. */
  confirmed: boolean;
  version: number;
  createdAt: number;
  state: "waiting" | "needs-look";
  /** The server's words when it refused the entry. */
  message?: string;
  fieldErrors?: Record<string, string>;
  /** The question the server asked instead of storing (a run far outside the runner's range). */
  confirm?: string;
  attempts: number;
  nextAttemptAt: number;
};

export interface OutboxStore {
  all(): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  delete(key: string): Promise<void>;
}

/** What one send came back with; a send that throws is a network failure, and is tried again later. */
export type SendResult =
  | { ok: true; newAlerts: SavedAlert[] }
  | { ok: false; fieldErrors: Record<string, string> }
  | { ok: false; confirm: string };

export type SyncReport = {
  stored: { entry: OutboxEntry; newAlerts: SavedAlert[] }[];
  refused: OutboxEntry[];
  /** True when a send failed on the network: the rest waits for the next attempt. */
  interrupted: boolean;
};

const FIRST_RETRY_MS = 5_000;
const LONGEST_RETRY_MS = 10 * 60_000;

/** 5 s, 10 s, 20 s ... up to ten minutes: a phone in a tunnel is not hammered with retries. */
export function retryDelay(attempts: number): number {
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

/** A fresh idempotency key (crypto.randomUUID is missing on plain-http pages, so the bytes are read directly). */
export function newEntryKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

export function newEntry(
  fields: Pick<OutboxEntry, "key" | "kind" | "userId" | "values" | "confirmed">,
  now: number,
): OutboxEntry {
  return { ...fields, version: OUTBOX_VERSION, createdAt: now, state: "waiting", attempts: 0, nextAttemptAt: now };
}

/** The account's entries, oldest first (the order they were logged in). */
export async function entriesOf(store: OutboxStore, userId: string): Promise<OutboxEntry[]> {
  return (await store.all()).filter((entry) => entry.userId === userId).sort((a, b) => a.createdAt - b.createdAt);
}

/**
 * Sends the account's waiting entries oldest first (a run's alerts depend on the runs before it).
 * Stored entries leave the outbox; refused ones stay, marked "needs a look" with the server's words;
 * a network failure stops the round and puts the entry's next try off by the backoff. The timer
 * keeps to the backoff; a fresh sign of a connection (a page load, the `online` event) does not wait.
 */
export async function syncOutbox(
  store: OutboxStore,
  userId: string,
  send: (entry: OutboxEntry) => Promise<SendResult>,
  now: number,
  { retryNow = false }: { retryNow?: boolean } = {},
): Promise<SyncReport> {
  const report: SyncReport = { stored: [], refused: [], interrupted: false };
  for (const entry of await entriesOf(store, userId)) {
    if (entry.state !== "waiting" || (!retryNow && entry.nextAttemptAt > now)) continue;
    if (entry.version !== OUTBOX_VERSION) {
      const refused = { ...entry, state: "needs-look" as const, message: "Saved by an older version of the app: check it and save it again." };
      await store.put(refused);
      report.refused.push(refused);
      continue;
    }
    let result: SendResult;
    try {
      result = await send(entry);
    } catch {
      const attempts = entry.attempts + 1;
      await store.put({ ...entry, attempts, nextAttemptAt: now + retryDelay(attempts) });
      report.interrupted = true;
      break;
    }
    if (result.ok) {
      await store.delete(entry.key);
      report.stored.push({ entry, newAlerts: result.newAlerts });
      continue;
    }
    const refused: OutboxEntry =
      "confirm" in result
        ? { ...entry, state: "needs-look", confirm: result.confirm, message: result.confirm }
        : { ...entry, state: "needs-look", fieldErrors: result.fieldErrors, message: firstMessage(result.fieldErrors) };
    await store.put(refused);
    report.refused.push(refused);
  }
  return report;
}

function firstMessage(fieldErrors: Record<string, string>): string {
  return fieldErrors.form ?? Object.values(fieldErrors)[0] ?? "The server did not accept this entry.";
}

/** An in-memory store: the unit tests', and the fallback where IndexedDB is unavailable. */
export function memoryStore(): OutboxStore {
  const entries = new Map<string, OutboxEntry>();
  return {
    all: async () => [...entries.values()],
    put: async (entry) => void entries.set(entry.key, entry),
    delete: async (key) => void entries.delete(key),
  };
}
