"use client";

import { NewAlerts } from "./new-alerts";
import type { SavedAlert } from "./saved-alerts";

/** Shown right after saving: any new warning appears here, before the runner moves on. */
export function SavedConfirmation({
  edited,
  newAlerts,
  onLogAnother,
}: {
  edited: boolean;
  newAlerts: SavedAlert[];
  onLogAnother: () => void;
}) {
  return (
    <section aria-labelledby="saved-heading">
      <div className="notice success" role="status">
        <h2 id="saved-heading" style={{ margin: 0 }}>
          {edited ? "Changes saved" : "Run saved"}
        </h2>
      </div>
      <NewAlerts newAlerts={newAlerts} subject="This run" />
      <div className="actions">
        <a className="button secondary" href="/runs">
          See your runs
        </a>
        {!edited ? (
          <button type="button" onClick={onLogAnother}>
            Log another
          </button>
        ) : null}
      </div>
    </section>
  );
}
