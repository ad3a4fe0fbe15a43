import type { Metadata } from "next";

export const metadata: Metadata = { title: "Offline" };

// What the service worker shows offline for a page it has no copy of. Static, and open to everyone
// (proxy.ts), so the worker can keep it before anyone signs in.
export default function OfflinePage() {
  return (
    <>
      <h1>You are offline</h1>
      <p>This page needs the server, and there is no connection right now.</p>
      {/* Plain links on purpose: offline, a full page load is what the service worker answers from its
          copy; a client-side navigation would ask the server for the page's data and fail. */}
      {/* eslint-disable @next/next/no-html-link-for-pages */}
      <p>
        You can still <a href="/runs/new">log a run</a> or <a href="/pain/new">log pain on a rest day</a>: what you
        save is kept on this phone and sent when you are back online.
      </p>
      {/* eslint-enable @next/next/no-html-link-for-pages */}
    </>
  );
}
