import type { SavedAlert } from "./saved-alerts";

const SEVERITY_LABEL = { info: "For your information", warning: "Warning", high: "High alert" } as const;

/** Every alert a save raised or made worse, whatever week it is about, in full, with the way to its advice. */
export function NewAlerts({ newAlerts, subject }: { newAlerts: SavedAlert[]; subject: string }) {
  if (newAlerts.length === 0) return null;
  return (
    <>
      <h3>{newAlerts.length === 1 ? `${subject} raised an alert` : `${subject} raised ${newAlerts.length} alerts`}</h3>
      {newAlerts.map((alert) => (
        <article key={`${alert.rule}-${alert.key}`} className={`card alert ${alert.severity}`}>
          <div className="severity">{SEVERITY_LABEL[alert.severity]}</div>
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
