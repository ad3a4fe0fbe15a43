"use client";

import { useEffect, useState } from "react";
import { newEntryKey, type OutboxEntry, type OutboxKind } from "@/lib/outbox/outbox";
import { isConnectionFailure, keepInOutbox, outboxEntry, removeFromOutbox } from "./outbox-client";

export type SaveAttempt<T> =
  | { kind: "answered"; result: T }
  /** No connection: the entry waits in the outbox. */
  | { kind: "kept" }
  /** Not saved and not kept (an edit of a stored entry, or the server failed): the form keeps every field. */
  | { kind: "failed"; message: string };

const SERVER_FAILED =
  "Not saved: something went wrong on the server. Everything you typed is still here; try again in a moment.";
const NO_CONNECTION =
  "Not saved: there is no connection. Everything you typed is still here; save again when you are back online.";

/**
 * Saving a new entry from a form, whatever the connection: each entry gets its idempotency key when
 * the form opens (kept across retries, so the server stores it once), an entry that cannot reach the
 * server waits in the outbox, and `?outbox=<key>` opens a waiting entry to correct it.
 */
export function useOutboxSave(kind: OutboxKind, isNew: boolean, onOpen: (entry: OutboxEntry) => void) {
  const [key, setKey] = useState(newEntryKey);
  const [opened, setOpened] = useState<OutboxEntry | null>(null);

  useEffect(() => {
    const wanted = isNew ? new URLSearchParams(location.search).get("outbox") : null;
    if (!wanted) return;
    void outboxEntry(wanted).then((entry) => {
      if (!entry || entry.kind !== kind) return;
      setKey(entry.key);
      setOpened(entry);
      onOpen(entry);
    });
    // Once, when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function save<T extends { ok: boolean }>(
    send: (clientKey: string | undefined) => Promise<T>,
    values: Record<string, unknown>,
    confirmed: boolean,
  ): Promise<SaveAttempt<T>> {
    const keep = async (): Promise<SaveAttempt<T>> => {
      await keepInOutbox(kind, key, values, confirmed);
      return { kind: "kept" };
    };
    if (isNew && !navigator.onLine) return keep();
    try {
      const result = await send(isNew ? key : undefined);
      if (result.ok && opened) await removeFromOutbox(opened.key);
      return { kind: "answered", result };
    } catch (error) {
      if (!isConnectionFailure(error)) return { kind: "failed", message: SERVER_FAILED };
      return isNew ? keep() : { kind: "failed", message: NO_CONNECTION };
    }
  }

  /** The next entry ("Log another") is another entry: a new key. */
  function next() {
    setKey(newEntryKey());
    setOpened(null);
  }

  return { save, next, opened };
}
