// One round of sending, the same for a page and the service worker: the browser's outbox, the one
// request of lib/outbox/send.ts, and a lock so two tabs and the worker take turns (each round reads
// the outbox afresh, so what another sent is not sent again; the key would make it one entry anyway).
import { browserOutbox } from "./idb-store";
import { syncOutbox, type SyncReport } from "./outbox";
import { sendEntry } from "./send";

const LOCK = "stridewise-outbox";

export async function sendWaiting(userId: string, options: { retryNow?: boolean } = {}): Promise<SyncReport> {
  const round = () => syncOutbox(browserOutbox(), userId, sendEntry, Date.now(), options);
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  return locks ? await locks.request(LOCK, round) : round();
}
