import Link from "next/link";
import type { ReactNode } from "react";
import { describeAlert } from "@/lib/advice";
import type { NextWeekMode } from "@/lib/analysis/next-week";
import type { TodayPlan } from "@/lib/analysis/today";
import type { StoredAlertView } from "@/lib/server/data/alerts";
import { formatKm, type Units } from "@/lib/units";

const HEADLINE: Record<NextWeekMode, string> = {
  build: "Good to run today",
  hold: "Run easy today: hold, do not build",
  reduce: "Ease off today",
};

const SEVERITY = { info: "Info", warning: "Warning", high: "High" } as const;

/**
 * The first thing on Today: can I run, and how far? The answer is the analyser's own: the pain rules
 * decide build, hold or reduce, SPIKE gives the longest run, the weekly rules this week's range.
 */
export function TodayCard({
  plan,
  alerts,
  units,
  shoeNames,
  children,
}: {
  plan: TodayPlan;
  alerts: StoredAlertView[];
  units: Units;
  shoeNames: Map<string, string>;
  /** The morning check, when one is due. */
  children?: ReactNode;
}) {
  const shoeLabel = (id: string) => shoeNames.get(id) ?? "This pair";
  const km = (value: number) => formatKm(value, units);
  const week = plan.week;
  return (
    <section className="card today" aria-labelledby="today-heading" data-testid="today-card">
      <h2 id="today-heading">{week ? HEADLINE[week.mode] : "Start gently"}</h2>
      <dl className="today-numbers">
        {plan.longRunCeilingKm !== null && plan.longest30Km !== null ? (
          <div data-testid="long-run-ceiling">
            <dt>Longest run today, at most</dt>
            <dd>
              <strong className="today-value">{km(plan.longRunCeilingKm)}</strong>
              <span className="hint">
                10% over your 30-day longest, {km(plan.longest30Km)}
                {plan.todayKm > 0 ? `; ${km(plan.todayKm)} logged today` : ""}
              </span>
            </dd>
          </div>
        ) : null}
        {week ? (
          <div data-testid="week-left">
            <dt>Left this week</dt>
            <dd>
              <strong className="today-value">{km(week.leftKm)}</strong>
              <span className="hint">
                of {km(week.lowKm)}–{km(week.highKm)}; {km(week.soFarKm)} run so far
              </span>
            </dd>
          </div>
        ) : null}
      </dl>
      {week?.mode === "reduce" ? (
        <p className="today-note">Pain keeps coming back: stay well under these.</p>
      ) : null}
      {alerts.length > 0 ? (
        <ul className="today-alerts" aria-label="Open alerts">
          {alerts.map((alert) => (
            <li key={alert.id} className={`severity-${alert.severity}`} data-testid="today-alert" data-rule={alert.rule}>
              <span className="severity-tag">{SEVERITY[alert.severity]}</span>{" "}
              <Link href={`/alerts#alert-${alert.id}`}>{describeAlert(alert, { units, shoeLabel }).title}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted" style={{ marginBottom: 0 }}>No open alerts.</p>
      )}
      {children}
    </section>
  );
}
