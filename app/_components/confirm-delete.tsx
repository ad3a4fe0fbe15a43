"use client";

import { useId, useState, useTransition } from "react";

/**
 * A delete button that asks once more, in the page rather than a browser dialog, so it works with
 * any input: "Yes, delete it" or "Keep it" (which gets the focus, the safe choice).
 */
export function ConfirmDelete({
  label,
  name,
  question,
  onDelete,
}: {
  /** The button's text, e.g. "Delete run". */
  label: string;
  /** The button's accessible name when the text alone is ambiguous (several on one page). */
  name?: string;
  question: string;
  onDelete: () => Promise<void>;
}) {
  const questionId = useId();
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  if (!confirming) {
    return (
      <button type="button" className="secondary" aria-label={name} onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="notice error confirm-delete" role="group" aria-labelledby={questionId}>
      <p id={questionId} style={{ marginTop: 0 }}>
        {question}
      </p>
      <div className="actions">
        <button type="button" className="danger" disabled={pending} onClick={() => startTransition(() => onDelete())}>
          {pending ? "Deleting…" : "Yes, delete it"}
        </button>
        <button type="button" className="secondary" autoFocus onClick={() => setConfirming(false)}>
          Keep it
        </button>
      </div>
    </div>
  );
}
