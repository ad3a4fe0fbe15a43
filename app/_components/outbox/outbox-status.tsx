"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { NewAlerts } from "../../runs/new-alerts";
import type { SyncedNotice } from "@/lib/outbox/outbox";
import {
  announceOutboxUser,
  dismissSynced,
  OUTBOX_CHANGED,
  outboxChangedElsewhere,
  outboxEntries,
  setOutboxUser,
  syncedNotice,
  syncNow,
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
 * the banner with what the last sync stored and the alerts it raised (a page's sync or the worker's).
 * It also sends the outbox: on load, when the connection comes back, and every 15 s while something
 * waits; Background Sync sends it from the worker, page open or not.
 */
export function OutboxStatus({ userId }: { userId: string }) {
  setOutboxUser(userId);
  const [counts, setCounts] = useState({ waiting: 0, needsLook: 0 });
  const [notice, setNotice] = useState<SyncedNotice | null>(null);
  const offline = useOffline();
  const router = useRouter();

  useEffect(() => {
    announceOutboxUser(userId);
    registerWorker();
    const refresh = async () => {
      const entries = await outboxEntries().catch(() => []);
      setCounts({
        waiting: entries.filter((entry) => entry.state === "waiting").length,
        needsLook: entries.filter((entry) => entry.state === "needs-look").length,
      });
      setNotice(await syncedNotice().catch(() => null));
    };
    // What was stored shows on this page too (the runs list, the alert count), as after a save.
    const stored = () => {
      outboxChangedElsewhere();
      router.refresh();
    };
    const sync = (retryNow: boolean) => {
      if (!navigator.onLine) return;
      void syncNow(retryNow).then((report) => void (report && report.stored.length > 0 && router.refresh()), () => undefined);
    };
    const now = () => sync(true);
    const onMessage = (event: MessageEvent) => {
      if ((event.data as { type?: string } | null)?.type === "synced") stored();
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
  }, [userId, router]);

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
  const runs = notice.stored.filter((item) => item.kind === "run").length;
  const pain = notice.stored.length - runs;
  const refused = notice.refused.length;
  const parts = [
    runs > 0 ? `${runs} ${runs === 1 ? "run" : "runs"}` : null,
    pain > 0 ? `${pain} pain ${pain === 1 ? "entry" : "entries"}` : null,
  ].filter(Boolean);
  return (
    <section className="notice success synced-banner" role="status" aria-label="Synced" data-testid="synced-banner">
      {parts.length > 0 ? <p style={{ marginTop: 0 }}>Synced: {parts.join(" and ")} saved offline {notice.stored.length === 1 ? "is" : "are"} now stored.</p> : null}
      {refused > 0 ? (
        <p>
          {refused === 1 ? "One entry needs" : `${refused} entries need`} a look: <Link href="/runs">open the runs list</Link>.
        </p>
      ) : null}
      <NewAlerts newAlerts={notice.stored.flatMap((item) => item.newAlerts)} subject={notice.stored.length === 1 ? "It" : "They"} />
      <button type="button" className="secondary" onClick={() => void dismissSynced()}>
        Dismiss
      </button>
    </section>
  );
}
