// The page side of the offline outbox: keeping an entry that could not be sent, sending the waiting
// ones through the same server actions as the forms, and telling the page when the outbox changed.
import { browserOutbox } from "@/lib/outbox/idb-store";
import { entriesOf, newEntry, syncOutbox, type OutboxEntry, type OutboxKind, type SendResult, type SyncReport } from "@/lib/outbox/outbox";
import { savePainDay } from "../../pain/actions";
import { saveRun } from "../../runs/actions";

export const OUTBOX_CHANGED = "stridewise:outbox";
/** What the last sync stored, for the banner on this page or the next one. */
const SYNCED_KEY = "stridewise:synced";

let currentUser: string | null = null;

/** Set by the navigation (it knows the signed-in account): the outbox only ever shows and sends theirs. */
export function setOutboxUser(userId: string | null) {
  currentUser = userId;
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
  void navigator.serviceWorker?.ready.then((registration) => {
    // Background Sync where the browser has it: the worker wakes an open page to send (see public/sw.js).
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

/** Signing out: the account's waiting entries go with it (the runner was warned first). */
export async function clearOutbox() {
  for (const entry of await outboxEntries()) await browserOutbox().delete(entry.key);
  changed();
}

function send(entry: OutboxEntry): Promise<SendResult> {
  const payload = { ...entry.values, clientKey: entry.key };
  return entry.kind === "run" ? saveRun(null, { ...payload, confirmed: entry.confirmed }) : savePainDay(null, payload);
}

let running: Promise<SyncReport | null> | null = null;

/**
 * Sends what is waiting (one round at a time per page); the server stores each entry once whatever
 * else sends it. `retryNow`: a page load or the connection coming back, which need not wait out the backoff.
 */
export function syncNow(retryNow = false): Promise<SyncReport | null> {
  const userId = currentUser;
  if (!userId || running) return running ?? Promise.resolve(null);
  running = (async () => {
    try {
      const report = await syncOutbox(browserOutbox(), userId, send, Date.now(), { retryNow });
      if (report.stored.length > 0 || report.refused.length > 0) {
        rememberSynced(report);
        changed();
      }
      return report;
    } finally {
      running = null;
    }
  })();
  return running;
}

export type SyncedNotice = { runs: number; pain: number; refused: number; newAlerts: SendResultAlerts };
type SendResultAlerts = Extract<SendResult, { ok: true }>["newAlerts"];

function rememberSynced(report: SyncReport) {
  const earlier = syncedNotice();
  const notice: SyncedNotice = {
    runs: (earlier?.runs ?? 0) + report.stored.filter((s) => s.entry.kind === "run").length,
    pain: (earlier?.pain ?? 0) + report.stored.filter((s) => s.entry.kind === "pain").length,
    refused: (earlier?.refused ?? 0) + report.refused.length,
    newAlerts: [...(earlier?.newAlerts ?? []), ...report.stored.flatMap((s) => s.newAlerts)],
  };
  sessionStorage.setItem(SYNCED_KEY, JSON.stringify(notice));
}

export function syncedNotice(): SyncedNotice | null {
  try {
    const raw = sessionStorage.getItem(SYNCED_KEY);
    return raw ? (JSON.parse(raw) as SyncedNotice) : null;
  } catch {
    return null;
  }
}

export function dismissSynced() {
  sessionStorage.removeItem(SYNCED_KEY);
  changed();
}
