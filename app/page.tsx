import type { Metadata } from "next";
import Link from "next/link";
import { DISCLAIMER, getAdvice, PREVENTION_ADVICE_IDS } from "@/lib/advice";
import { getAnalysis } from "@/lib/server/data/analysis";
import { ensureAlertsCurrent, listOpenAlerts } from "@/lib/server/data/alerts";
import { requireUser } from "@/lib/server/session";
import { formatKm, type Units } from "@/lib/units";
import { AdviceCard } from "./_components/advice-card";
import { AlertCard } from "./_components/alert-card";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser();
  await ensureAlertsCurrent(user);
  const [analysis, alerts] = await Promise.all([getAnalysis(user), listOpenAlerts(user.id)]);
  const units = user.units as Units;

  if (analysis.weeks.length === 0) {
    return (
      <>
        <h1>Welcome to Stridewise</h1>
        <div className="card stack">
          <p>Start by logging a run: distance, time and anything that hurt.</p>
          <p>
            After a few weeks Stridewise compares each week with the ones before and warns you when
            mileage jumps, a run is much longer than usual, or pain keeps coming back.
          </p>
          <div className="actions">
            <Link className="button" href="/runs/new">
              Log your first run
            </Link>
            <Link className="button secondary" href="/shoes">
              Add your shoes
            </Link>
          </div>
        </div>
        <p className="disclaimer">{DISCLAIMER}</p>
      </>
    );
  }

  const thisWeek = analysis.weeks.at(-1)!;
  const previous = analysis.weeks.slice(-5, -1);
  const avg = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  const advice = alerts.length > 0 ? getAdvice(alerts.flatMap((a) => a.advice)) : getAdvice(PREVENTION_ADVICE_IDS);

  return (
    <>
      <h1>Dashboard</h1>
      {alerts.length > 0 ? (
        <section aria-labelledby="open-alerts">
          <h2 id="open-alerts">Open alerts</h2>
          {alerts.map((alert) => (
            <AlertCard key={alert.id} alert={alert} units={units} />
          ))}
          <p>
            <Link href="/alerts">Acknowledge alerts and see the full advice</Link>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="this-week">
        <h2 id="this-week">This week so far</h2>
        <div className="stat-grid">
          <div className="stat">
            <div className="value">{formatKm(thisWeek.km, units)}</div>
            <div className="label">vs {formatKm(avg(previous.map((w) => w.km)), units)} a week before</div>
          </div>
          <div className="stat">
            <div className="value">{thisWeek.runs}</div>
            <div className="label">runs, vs {avg(previous.map((w) => w.runs)).toFixed(1)} a week before</div>
          </div>
          <div className="stat">
            <div className="value">{formatKm(thisWeek.longestKm, units)}</div>
            <div className="label">longest run, vs {formatKm(Math.max(0, ...previous.map((w) => w.longestKm)), units)} in 4 weeks</div>
          </div>
        </div>
      </section>
      <section aria-labelledby="advice-heading">
        <h2 id="advice-heading">{alerts.length > 0 ? "Advice for your alerts" : "Staying injury-free"}</h2>
        {advice.map((item) => (
          <AdviceCard key={item.id} advice={item} />
        ))}
      </section>
      <p className="disclaimer">{DISCLAIMER}</p>
    </>
  );
}
