import type { SavedAlert } from "./saved-alerts";

/** The warnings a save just raised, in full, with the way to their advice. */
export function NewAlerts({ newAlerts, subject }: { newAlerts: SavedAlert[]; subject: string }) {
  if (newAlerts.length === 0) return null;
  return (
    <>
      <h3>{newAlerts.length === 1 ? `${subject} raised a warning` : `${subject} raised ${newAlerts.length} warnings`}</h3>
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
  );
}
