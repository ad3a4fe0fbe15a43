import type { Metadata } from "next";
import Link from "next/link";
import { DISCLAIMER } from "@/lib/advice";
import type { WeekStart } from "@/lib/analysis/types";
import { weekLabelOf } from "@/lib/analysis/week-label";
import { getAnalysis, getTodayPlan, getWeeklyHistory } from "@/lib/server/data/analysis";
import { ensureAlertsCurrent, listOpenAlerts } from "@/lib/server/data/alerts";
import { listRuns } from "@/lib/server/data/runs";
import { shoeNames } from "@/lib/server/data/shoes";
import { requireUser } from "@/lib/server/session";
import type { Units } from "@/lib/units";
import { buildSeries } from "./_components/charts/series";
import { DashboardThisWeek } from "./_components/dashboard-this-week";
import { DashboardTrends, WEEK_WINDOWS, type WeekWindow } from "./_components/dashboard-trends";
import { MorningCheckCard } from "./_components/morning-check-card";
import { RecentRuns } from "./_components/recent-runs";
import { TodayCard } from "./_components/today-card";
import { morningQuestionsFor } from "./morning/questions";

export const metadata: Metadata = { title: "Today" };

const RECENT_RUNS = 3;

function parseWindow(value: string | undefined): WeekWindow {
  return WEEK_WINDOWS.find((option) => String(option) === value) ?? 12;
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ weeks?: string }> }) {
  const user = await requireUser();
  await ensureAlertsCurrent(user);
  const [analysis, alerts, names, morning, today, recent] = await Promise.all([
    getAnalysis(user),
    listOpenAlerts(user.id),
    shoeNames(user.id),
    morningQuestionsFor(user),
    getTodayPlan(user),
    listRuns(user.id, 1),
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
  const reviewHref = `/review/${weekLabelOf(analysis.asOf, weekStartsOn)}`;

  // Today first (can I run, how far), then this week, the last runs, and the trends.
  return (
    <>
      <h1 className="visually-hidden">Today</h1>
      <TodayCard plan={today} alerts={alerts} units={units} shoeNames={names}>
        <MorningCheckCard questions={morning} />
      </TodayCard>
      <DashboardThisWeek weeks={analysis.weeks} units={units} reviewHref={reviewHref} />
      <RecentRuns runs={recent.runs.slice(0, RECENT_RUNS)} units={units} />
      {/* On a phone the charts are a row to swipe through, so Today stays short. */}
      <div className="trends-strip">
        <DashboardTrends series={series} units={units} weeks={weeks} weekStartsOn={weekStartsOn} />
      </div>
      <p className="disclaimer">{DISCLAIMER}</p>
    </>
  );
}
