"use client";

import { useState, useTransition } from "react";
import { removeRun } from "../../actions";

/** Deleting asks once more, in the page rather than a browser dialog, so it works with any input. */
export function DeleteRunButton({ runId }: { runId: string }) {
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  if (!confirming) {
    return (
      <div className="actions">
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>
          Delete run
        </button>
      </div>
    );
  }
  return (
    <div className="notice error" role="group" aria-labelledby="confirm-delete">
      <p id="confirm-delete" style={{ marginTop: 0 }}>
        Delete this run and its pain entries? This cannot be undone.
      </p>
      <div className="actions">
        <button type="button" className="danger" disabled={pending} onClick={() => startTransition(() => removeRun(runId))}>
          {pending ? "Deleting…" : "Yes, delete it"}
        </button>
        <button type="button" className="secondary" autoFocus onClick={() => setConfirming(false)}>
          Keep it
        </button>
      </div>
    </div>
  );
}
