"use client";

import { useEffect, useState } from "react";

const SAVED_AT = "x-stridewise-saved-at";
const RECHECK_MS = 3000;

/**
 * The phone says it is online, but a phone on a captive portal, or a browser emulating no network,
 * says so too: one small request (a static file the service worker does not answer) settles it.
 */
async function reachable(): Promise<boolean> {
  try {
    await fetch("/icon.svg", { method: "HEAD", cache: "no-store", signal: AbortSignal.timeout(5000) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Null online; offline, when the page on screen was saved by the service worker (its copy carries
 * the time), as HH:MM in the phone's time.
 */
export function useOffline(): { savedAt: string | null } | null {
  const [offline, setOffline] = useState<{ savedAt: string | null } | null>(null);
  useEffect(() => {
    // Each change of the connection starts a new check; a check still looking in the cache when the
    // connection comes back must not put the offline mark up again after it.
    let latest = 0;
    let retry: number | undefined;
    const update = async () => {
      const check = ++latest;
      if (navigator.onLine && (await reachable())) {
        if (check === latest) setOffline(null);
        return;
      }
      if (check !== latest) return;
      const copy = typeof caches === "undefined" ? undefined : await caches.match(location.pathname).catch(() => undefined);
      if (check !== latest) return;
      const at = copy?.headers.get(SAVED_AT);
      setOffline({
        savedAt: at ? new Date(at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", hour12: false }) : null,
      });
      // The signal can come back without an "online" event (the phone never said it was gone):
      // look again in a few seconds while the mark is up.
      window.clearTimeout(retry);
      retry = window.setTimeout(update, RECHECK_MS);
    };
    void update();
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
      window.clearTimeout(retry);
    };
  }, []);
  return offline;
}
