"use client";

import { useEffect, useState } from "react";
import type { OutboxEntry } from "@/lib/outbox/outbox";
import { OUTBOX_CHANGED, outboxEntries, removeFromOutbox } from "../_components/outbox/outbox-client";

function describe(entry: OutboxEntry): string {
  const values = entry.values as { date?: string; distance?: string; location?: string; side?: string; score?: string };
  if (entry.kind === "run") return `Run of ${values.date ?? "?"}, ${values.distance || "?"}`;
  return `Pain of ${values.date ?? "?"}: ${values.side ?? ""} ${values.location ?? ""} ${values.score ?? ""}/10`.replace(/\s+/g, " ");
}

/**
 * Entries saved on this phone and not stored yet, above the stored runs: "waiting to sync", or
 * "needs a look" when the server refused them. Each opens in its form to change, or can be deleted.
 */
export function OutboxList() {
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  useEffect(() => {
    const refresh = () => void outboxEntries().then(setEntries, () => setEntries([]));
    refresh();
    window.addEventListener(OUTBOX_CHANGED, refresh);
    return () => window.removeEventListener(OUTBOX_CHANGED, refresh);
  }, []);
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="outbox-heading" data-testid="outbox-list">
      <h2 id="outbox-heading">On this phone, not stored yet</h2>
      <ul className="run-list">
        {entries.map((entry) => {
          const name = describe(entry);
          return (
            <li key={entry.key} data-outbox-key={entry.key} data-state={entry.state}>
              <div className="run-main">
                <strong>{name}</strong>
                <span className={entry.state === "needs-look" ? "badge high" : "badge"}>
                  {entry.state === "needs-look" ? "needs a look" : "waiting to sync"}
                </span>
                {entry.state === "needs-look" && entry.message ? <span className="muted">{entry.message}</span> : null}
                <div className="entry-actions">
                  <a
                    className="button secondary"
                    href={`${entry.kind === "run" ? "/runs/new" : "/pain/new"}?outbox=${entry.key}`}
                    aria-label={`Change the ${name.toLowerCase()}`}
                  >
                    Change
                  </a>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Delete the ${name.toLowerCase()}`}
                    onClick={() => {
                      if (window.confirm(`Delete the ${name.toLowerCase()} from this phone? It was never stored.`)) {
                        void removeFromOutbox(entry.key);
                      }
                    }}
                  >
                    Delete
                  </button>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
