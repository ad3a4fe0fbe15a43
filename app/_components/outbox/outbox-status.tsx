"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { NewAlerts } from "../../runs/new-alerts";
import {
  dismissSynced,
  OUTBOX_CHANGED,
  outboxEntries,
  setOutboxUser,
  syncedNotice,
  syncNow,
  type SyncedNotice,
} from "./outbox-client";
import { useOffline } from "./use-offline";

const RETRY_EVERY_MS = 15_000;

/** Registers the service worker once the page is interactive, so it costs the first load nothing. */
function registerWorker() {
  if (!("serviceWorker" in navigator)) return;
  const register = () =>
    navigator.serviceWorker.register(`/sw.js?v=${process.env.NEXT_PUBLIC_BUILD_ID ?? "dev"}`).catch(() => undefined);
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}

/**
 * The outbox in the header: how many entries wait to sync (and need a look), the offline mark, and
 * the banner with what the last sync stored and the alerts it raised. It also sends the outbox: on
 * load, when the connection comes back, when Background Sync wakes the page, and every 15 s while
 * something waits.
 */
export function OutboxStatus({ userId }: { userId: string }) {
  setOutboxUser(userId);
  const [counts, setCounts] = useState({ waiting: 0, needsLook: 0 });
  const [notice, setNotice] = useState<SyncedNotice | null>(null);
  const offline = useOffline();

  useEffect(() => {
    registerWorker();
    const refresh = async () => {
      const entries = await outboxEntries().catch(() => []);
      setCounts({
        waiting: entries.filter((entry) => entry.state === "waiting").length,
        needsLook: entries.filter((entry) => entry.state === "needs-look").length,
      });
      setNotice(syncedNotice());
    };
    const sync = (retryNow: boolean) => {
      if (navigator.onLine) void syncNow(retryNow).catch(() => undefined);
    };
    const now = () => sync(true);
    const onMessage = (event: MessageEvent) => {
      if ((event.data as { type?: string } | null)?.type === "sync") now();
    };
    void refresh();
    now();
    window.addEventListener(OUTBOX_CHANGED, refresh);
    window.addEventListener("online", now);
    navigator.serviceWorker?.addEventListener("message", onMessage);
    const timer = window.setInterval(() => sync(false), RETRY_EVERY_MS);
    return () => {
      window.removeEventListener(OUTBOX_CHANGED, refresh);
      window.removeEventListener("online", now);
      navigator.serviceWorker?.removeEventListener("message", onMessage);
      window.clearInterval(timer);
    };
  }, []);

  const total = counts.waiting + counts.needsLook;
  return (
    <>
      {total > 0 ? (
        <Link className="nav-link" href="/runs" data-testid="outbox-count">
          {counts.waiting > 0 ? `${counts.waiting} waiting to sync` : null}
          {counts.waiting > 0 && counts.needsLook > 0 ? ", " : null}
          {counts.needsLook > 0 ? `${counts.needsLook} ${counts.needsLook === 1 ? "needs" : "need"} a look` : null}
        </Link>
      ) : null}
      {offline ? (
        <p className="notice offline-mark" role="status" data-testid="offline-mark">
          {offline.savedAt
            ? `Offline, showing what you saw at ${offline.savedAt}. What you save is kept on this phone.`
            : "Offline. What you save is kept on this phone and sent when you are back online."}
        </p>
      ) : null}
      {notice ? <SyncedBanner notice={notice} /> : null}
    </>
  );
}

function SyncedBanner({ notice }: { notice: SyncedNotice }) {
  const parts = [
    notice.runs > 0 ? `${notice.runs} ${notice.runs === 1 ? "run" : "runs"}` : null,
    notice.pain > 0 ? `${notice.pain} pain ${notice.pain === 1 ? "entry" : "entries"}` : null,
  ].filter(Boolean);
  return (
    <section className="notice success synced-banner" role="status" aria-label="Synced" data-testid="synced-banner">
      {parts.length > 0 ? <p style={{ marginTop: 0 }}>Synced: {parts.join(" and ")} saved offline {parts.length === 1 && (notice.runs + notice.pain === 1) ? "is" : "are"} now stored.</p> : null}
      {notice.refused > 0 ? (
        <p>
          {notice.refused === 1 ? "One entry needs" : `${notice.refused} entries need`} a look: <Link href="/runs">open the runs list</Link>.
        </p>
      ) : null}
      <NewAlerts newAlerts={notice.newAlerts} subject={notice.runs + notice.pain === 1 ? "It" : "They"} />
      <button type="button" className="secondary" onClick={dismissSynced}>
        Dismiss
      </button>
    </section>
  );
}
