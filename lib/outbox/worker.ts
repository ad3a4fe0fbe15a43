// The service worker's part of the outbox (issue 15): Background Sync sends the waiting entries even
// with no page open, with the same code, request and keys as the pages (lib/outbox/round.ts).
// next.config.js bundles this file into public/sw-outbox.js, which public/sw.js loads.
import { signedInAccount } from "./idb-store";
import { sendWaiting } from "./round";

type WorkerScope = {
  clients: { matchAll(options: { type: "window" }): Promise<{ postMessage(message: unknown): void }[]> };
  stridewiseOutbox?: { sync(): Promise<void> };
};

const scope = self as unknown as WorkerScope;

scope.stridewiseOutbox = {
  /**
   * Sends the signed-in account's waiting entries. The outcome (stored, with what it raised, or
   * needs a look) is in IndexedDB for the next page's banner; open pages are told to look. A round
   * the network cut short rejects, so the browser tries the sync again later.
   */
  async sync() {
    const userId = await signedInAccount();
    if (!userId) return;
    const report = await sendWaiting(userId, { retryNow: true });
    if (report.stored.length > 0 || report.refused.length > 0) {
      for (const client of await scope.clients.matchAll({ type: "window" })) client.postMessage({ type: "synced" });
    }
    if (report.interrupted) throw new Error("No connection yet: the outbox waits for the next sync");
  },
};
