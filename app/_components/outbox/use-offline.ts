"use client";

import { useEffect, useState } from "react";

const SAVED_AT = "x-stridewise-saved-at";

/**
 * Null online; offline, when the page on screen was saved by the service worker (its copy carries
 * the time), as HH:MM in the phone's time.
 */
export function useOffline(): { savedAt: string | null } | null {
  const [offline, setOffline] = useState<{ savedAt: string | null } | null>(null);
  useEffect(() => {
    const update = async () => {
      if (navigator.onLine) return setOffline(null);
      const copy = typeof caches === "undefined" ? undefined : await caches.match(location.pathname).catch(() => undefined);
      const at = copy?.headers.get(SAVED_AT);
      setOffline({
        savedAt: at ? new Date(at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", hour12: false }) : null,
      });
    };
    void update();
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  return offline;
}
