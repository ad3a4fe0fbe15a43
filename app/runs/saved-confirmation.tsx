"use client";

import type { SavedRunAlert } from "./actions";

/** Shown right after saving: any new warning appears here, before the runner moves on. */
export function SavedConfirmation({
  edited,
  newAlerts,
  onLogAnother,
}: {
  edited: boolean;
  newAlerts: SavedRunAlert[];
  onLogAnother: () => void;
}) {
  return (
    <section aria-labelledby="saved-heading">
      <div className="notice success" role="status">
        <h2 id="saved-heading" style={{ margin: 0 }}>
          {edited ? "Changes saved" : "Run saved"}
        </h2>
      </div>
      {newAlerts.length > 0 ? (
        <>
          <h3>{newAlerts.length === 1 ? "This run raised a warning" : `This run raised ${newAlerts.length} warnings`}</h3>
          {newAlerts.map((alert) => (
            <article key={`${alert.rule}-${alert.key}`} className={`card alert ${alert.severity}`}>
              <div className="severity">{alert.severity === "high" ? "High alert" : "Warning"}</div>
              <h4 style={{ margin: "0.25rem 0" }}>{alert.title}</h4>
              <p style={{ margin: 0 }}>{alert.explanation}</p>
            </article>
          ))}
          <p>
            <a href="/alerts">See the advice for {newAlerts.length === 1 ? "it" : "them"} in Alerts</a>
          </p>
        </>
      ) : null}
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
