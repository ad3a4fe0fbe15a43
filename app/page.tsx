import type { Metadata } from "next";
import Link from "next/link";
import { DISCLAIMER, getAdvice, PREVENTION_ADVICE_IDS } from "@/lib/advice";
import type { WeekStart } from "@/lib/analysis/types";
import { weekLabelOf } from "@/lib/analysis/week-label";
import { getAnalysis, getWeeklyHistory } from "@/lib/server/data/analysis";
import { ensureAlertsCurrent, listOpenAlerts } from "@/lib/server/data/alerts";
import { shoeNames } from "@/lib/server/data/shoes";
import { requireUser } from "@/lib/server/session";
import type { Units } from "@/lib/units";
import { AdviceCard } from "./_components/advice-card";
import { AlertCard } from "./_components/alert-card";
import { buildSeries } from "./_components/charts/series";
import { DashboardThisWeek } from "./_components/dashboard-this-week";
import { DashboardTrends, WEEK_WINDOWS, type WeekWindow } from "./_components/dashboard-trends";
import { MorningCheckCard } from "./_components/morning-check-card";
import { morningQuestionsFor } from "./morning/questions";

export const metadata: Metadata = { title: "Dashboard" };

function parseWindow(value: string | undefined): WeekWindow {
  return WEEK_WINDOWS.find((option) => String(option) === value) ?? 12;
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ weeks?: string }> }) {
  const user = await requireUser();
  await ensureAlertsCurrent(user);
  const [analysis, alerts, names, morning] = await Promise.all([
    getAnalysis(user),
    listOpenAlerts(user.id),
    shoeNames(user.id),
    morningQuestionsFor(user),
  ]);
  const units = user.units as Units;
  const weekStartsOn = user.weekStartsOn as WeekStart;

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

  const weeks = parseWindow((await searchParams).weeks);
  const history = await getWeeklyHistory(user, weeks);
  const series = buildSeries(analysis.weeks.slice(-weeks), history, units);
  const advice = alerts.length > 0 ? getAdvice(alerts.flatMap((a) => a.advice)) : getAdvice(PREVENTION_ADVICE_IDS);
  const reviewHref = `/review/${weekLabelOf(analysis.asOf, weekStartsOn)}`;

  return (
    <>
      <h1>Dashboard</h1>
      <MorningCheckCard questions={morning} />
      {alerts.length > 0 ? (
        <section aria-labelledby="open-alerts">
          <h2 id="open-alerts">Open alerts</h2>
          {alerts.map((alert) => (
            <AlertCard key={alert.id} alert={alert} units={units} shoeNames={names} adviceOnPage />
          ))}
          <p>
            <Link href="/alerts">Acknowledge alerts and see the full advice</Link>
          </p>
        </section>
      ) : null}
      <DashboardThisWeek weeks={analysis.weeks} units={units} reviewHref={reviewHref} />
      <div className="grid-2 dashboard-columns">
        <DashboardTrends series={series} units={units} weeks={weeks} weekStartsOn={weekStartsOn} />
        <section aria-labelledby="advice-heading">
          <h2 id="advice-heading">{alerts.length > 0 ? "Advice for your alerts" : "Staying injury-free"}</h2>
          {advice.map((item) => (
            <AdviceCard key={item.id} advice={item} />
          ))}
        </section>
      </div>
      <p className="disclaimer">{DISCLAIMER}</p>
    </>
  );
}
