"use client";

import { useState } from "react";

/**
 * Signs out through next-auth's own endpoint (CSRF token, then POST) without loading its client
 * library on every page: a full navigation follows, so nothing else on the page needs to know.
 */
export function SignOutButton() {
  const [pending, setPending] = useState(false);
  async function signOut() {
    setPending(true);
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
