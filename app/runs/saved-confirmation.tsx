"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { NewAlerts } from "./new-alerts";
import type { SavedAlert } from "./saved-alerts";

/**
 * Shown right after saving: every alert the run raised appears here, before the runner moves on. The
 * focus moves to its heading (not the page body), and the words "Run saved" are announced by the form's
 * status region, which was on the page before the save (a live region that arrives already filled is
 * often not read out).
 */
export function SavedConfirmation({
  edited,
  newAlerts,
  onLogAnother,
}: {
  edited: boolean;
  newAlerts: SavedAlert[];
  onLogAnother: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="saved-heading">
      <div className="notice success">
        <h2 id="saved-heading" ref={heading} tabIndex={-1} style={{ margin: 0 }}>
          {edited ? "Changes saved" : "Run saved"}
        </h2>
      </div>
      <NewAlerts newAlerts={newAlerts} subject="This run" />
      <div className="actions">
        <Link className="button secondary" href="/runs">
          See your runs
        </Link>
        {!edited ? (
          <button type="button" onClick={onLogAnother}>
            Log another
          </button>
        ) : null}
      </div>
    </section>
  );
}

/** Saved with no connection: the entry waits on the phone, in the outbox, and is sent later. */
export function KeptConfirmation({ what, onLogAnother }: { what: "run" | "pain"; onLogAnother: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="kept-heading" data-testid="kept-confirmation">
      <div className="notice warning-question">
        <h2 id="kept-heading" ref={heading} tabIndex={-1} style={{ margin: 0 }}>
          {what === "run" ? "Run kept on this phone" : "Pain kept on this phone"}
        </h2>
        <p style={{ marginBottom: 0 }}>
          There is no connection, so it waits here and is sent as soon as you are back online. It shows at the top of
          your runs list as waiting to sync, where you can still change or delete it.
        </p>
      </div>
      <div className="actions">
        {/* A full page load, which the service worker answers offline (a client-side navigation would not). */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a className="button secondary" href="/runs">
          See your runs
        </a>
        <button type="button" onClick={onLogAnother}>
          {what === "run" ? "Log another" : "Log more pain"}
        </button>
      </div>
    </section>
  );
}

/** What the status region says after a save; empty before it. */
export function savedAnnouncement(edited: boolean, alerts: number): string {
  const saved = edited ? "Changes saved" : "Run saved";
  if (alerts === 0) return `${saved}.`;
  return `${saved}. It raised ${alerts === 1 ? "an alert" : `${alerts} alerts`}.`;
}
