import Link from "next/link";
import type { ReactNode } from "react";
import { describeAlert, getAdvice } from "@/lib/advice";
import { alertNumbers } from "@/lib/advice/alert-numbers";
import type { StoredAlertView } from "@/lib/server/data/alerts";
import type { Units } from "@/lib/units";

const SEVERITY_LABEL = { info: "For your information", warning: "Warning", high: "High alert" } as const;

/**
 * One alert: what was found, the numbers behind it, and the first sentence of each advice that goes with
 * it, linked to its section of the advice library (the advice itself is written out only there).
 */
export function AlertCard({
  alert,
  units,
  shoeNames,
  children,
}: {
  alert: StoredAlertView;
  units: Units;
  /** Names for shoe ids, so a shoe alert says which pair it is about. */
  shoeNames?: Map<string, string>;
  children?: ReactNode;
}) {
  const shoeLabel = shoeNames ? (id: string) => shoeNames.get(id) ?? "This pair" : undefined;
  const wording = describeAlert(alert, { units, shoeLabel });
  const numbers = alertNumbers(alert, units);
  return (
    <article
      className={`card alert ${alert.severity}`}
      aria-labelledby={`alert-${alert.id}`}
      data-testid="alert-card"
      data-rule={alert.rule}
      data-severity={alert.severity}
      data-key={alert.key}
    >
      <div className="severity">{SEVERITY_LABEL[alert.severity]}</div>
      <h3 id={`alert-${alert.id}`} style={{ margin: "0.25rem 0" }}>
        {wording.title}
      </h3>
      <p>{wording.explanation}</p>
      <details>
        <summary>The numbers</summary>
        <dl className="alert-numbers">
          {numbers.map(({ label, value }) => (
            <div key={label} style={{ display: "contents" }}>
              <dt className="muted">{label}</dt>
              <dd style={{ margin: 0 }}>{value}</dd>
            </div>
          ))}
        </dl>
      </details>
      <ul className="alert-advice" aria-label="What to do">
        {getAdvice(alert.advice).map((advice) => (
          <li key={advice.id}>
            <Link href={`/advice#advice-${advice.id}`}>{advice.title}</Link>: {advice.summary}
          </li>
        ))}
      </ul>
      {children}
    </article>
  );
}
