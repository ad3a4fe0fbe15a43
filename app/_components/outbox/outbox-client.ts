// The page side of the offline outbox: keeping an entry that could not be sent, sending the waiting
// ones (the same round and request as the service worker's Background Sync, lib/outbox/round.ts),
// and telling the page when the outbox changed.
import { browserOutbox, rememberAccount } from "@/lib/outbox/idb-store";
import { entriesOf, newEntry, type OutboxEntry, type OutboxKind, type SyncedNotice, type SyncReport } from "@/lib/outbox/outbox";
import { sendWaiting } from "@/lib/outbox/round";

export const OUTBOX_CHANGED = "stridewise:outbox";

let currentUser: string | null = null;

/** Set by the navigation (it knows the signed-in account): the outbox only ever shows and sends theirs. */
export function setOutboxUser(userId: string | null) {
  currentUser = userId;
}

/** Tells the service worker whose entries Background Sync sends (it has no session to ask). */
export function announceOutboxUser(userId: string) {
  void rememberAccount(userId).catch(() => undefined);
}

export function outboxUser(): string | null {
  return currentUser;
}

function changed() {
  window.dispatchEvent(new Event(OUTBOX_CHANGED));
}

/** A failed send that means "no connection" rather than "the server said no" or "the server broke". */
export function isConnectionFailure(error: unknown): boolean {
  return (typeof navigator !== "undefined" && !navigator.onLine) || error instanceof TypeError;
}

/** Keeps an entry (new, or one the runner is correcting) until the server has it. */
export async function keepInOutbox(kind: OutboxKind, key: string, values: Record<string, unknown>, confirmed: boolean) {
  if (!currentUser) throw new Error("No account to keep the entry for");
  await browserOutbox().put(newEntry({ key, kind, userId: currentUser, values, confirmed }, Date.now()));
  changed();
  askForBackgroundSync();
}

/** Background Sync where the browser has it: the worker sends the outbox once there is a connection, page open or not. */
function askForBackgroundSync() {
  void navigator.serviceWorker?.ready.then((registration) => {
    const sync = (registration as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }).sync;
    return sync?.register("stridewise-outbox");
  }).catch(() => undefined);
}

export async function outboxEntries(): Promise<OutboxEntry[]> {
  return currentUser ? entriesOf(browserOutbox(), currentUser) : [];
}

export async function outboxEntry(key: string): Promise<OutboxEntry | undefined> {
  return (await outboxEntries()).find((entry) => entry.key === key);
}

export async function removeFromOutbox(key: string) {
  await browserOutbox().delete(key);
  changed();
}

/** Signing out: the account's waiting entries go with it (the runner was warned first), and so does its banner. */
export async function clearOutbox() {
  const userId = currentUser;
  for (const entry of await outboxEntries()) await browserOutbox().delete(entry.key);
  if (userId) await browserOutbox().updateNotice(userId, () => null);
  await rememberAccount(null);
  changed();
}

let running: Promise<SyncReport | null> | null = null;

/**
 * Sends what is waiting (one round at a time per page; tabs and the worker take turns); the server
 * stores each entry once whatever else sends it. `retryNow`: a page load or the connection coming
 * back, which need not wait out the backoff.
 */
export function syncNow(retryNow = false): Promise<SyncReport | null> {
  const userId = currentUser;
  if (!userId || running) return running ?? Promise.resolve(null);
  running = (async () => {
    try {
      const report = await sendWaiting(userId, { retryNow });
      if (report.stored.length > 0 || report.refused.length > 0) changed();
      // Cut off: the worker tries again when the browser sees a connection, even if this page is closed.
      if (report.interrupted) askForBackgroundSync();
      return report;
    } finally {
      running = null;
    }
  })();
  return running;
}

/** What the sends since the last "Dismiss" stored and refused (the page's or the worker's), for the banner. */
export async function syncedNotice(): Promise<SyncedNotice | null> {
  return currentUser ? browserOutbox().notice(currentUser) : null;
}

export async function dismissSynced() {
  if (currentUser) await browserOutbox().updateNotice(currentUser, () => null);
  changed();
}

/** The worker synced: this page's lists and counts are out of date. */
export function outboxChangedElsewhere() {
  changed();
}
