"use client";

import { useState } from "react";
import { clearOutbox, outboxEntries } from "./outbox/outbox-client";

/**
 * Signs out through next-auth's own endpoint (CSRF token, then POST) without loading its client
 * library on every page: a full navigation follows, so nothing else on the page needs to know.
 */
export function SignOutButton() {
  const [pending, setPending] = useState(false);
  async function signOut() {
    setPending(true);
    // Entries still waiting on this phone go with the account: say so first.
    const waiting = (await outboxEntries().catch(() => [])).length;
    const question = `${waiting === 1 ? "One entry is" : `${waiting} entries are`} still waiting to sync and will be deleted from this phone. Sign out anyway?`;
    if (waiting > 0 && !window.confirm(question)) {
      setPending(false);
      return;
    }
    await clearOutbox().catch(() => undefined);
    navigator.serviceWorker?.controller?.postMessage({ type: "sign-out" });
    const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    await fetch("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl: "/signin", json: "true" }),
    });
    // A full load on purpose: the client router must not keep any page rendered for the signed-in runner.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign("/signin");
  }
  return (
    <button type="button" className="secondary" onClick={signOut} disabled={pending}>
      Sign out
    </button>
  );
}
