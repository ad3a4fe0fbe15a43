"use client";

import { ConfirmDelete } from "../../../_components/confirm-delete";
import { removeRun } from "../../actions";

export function DeleteRunButton({ runId }: { runId: string }) {
  return (
    <div className="actions">
      <ConfirmDelete
        label="Delete run"
        question="Delete this run and its pain entries? This cannot be undone."
        onDelete={() => removeRun(runId)}
      />
    </div>
  );
}
