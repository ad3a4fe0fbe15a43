import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DISCLAIMER, getAdvice } from "@/lib/advice";
import { addDays, weekStartOf } from "@/lib/analysis/dates";
import { emptyWeekSummary } from "@/lib/analysis/review-range";
import type { Alert, WeekStart } from "@/lib/analysis/types";
import { weekLabelOf, weekStartFromLabel } from "@/lib/analysis/week-label";
import { formatLongDate, formatWeekRange } from "@/lib/format-dates";
import { painPlace } from "@/lib/pain-labels";
import type { StoredAlertView } from "@/lib/server/data/alerts";
import { todayFor } from "@/lib/server/data/alerts";
import { getAnalysis, getWeekReview } from "@/lib/server/data/analysis";
import { weeklyClimb } from "@/lib/server/data/run-page";
import { requireUser } from "@/lib/server/session";
import { formatKm, type Units } from "@/lib/units";
import { AlertCard } from "../../_components/alert-card";
import { ReviewAdvice } from "./review-advice";
import { ReviewDays } from "./review-days";
import { ReviewNextWeek } from "./review-next-week";
import { ReviewPain } from "./review-pain";
import { ReviewTotals } from "./review-totals";

type Params = { params: Promise<{ week: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `Weekly review ${(await params).week}` };
}

/** AlertCard shows stored alerts; a week's alerts come straight from the analyser, so give them the same shape. */
function asCard(alert: Alert): StoredAlertView {
  const when = new Date(`${alert.asOf}T12:00:00Z`);
  return { ...alert, id: `${alert.rule}-${alert.key}`, status: "open", createdAt: when, updatedAt: when };
}

/** Beside the knee plan, which says to limit downhill running: how much downhill the week had (issue 21). */
function WeekDescent({ descentM }: { descentM: number | undefined }) {
  return (
    <p className="muted" data-testid="week-descent">
      {descentM === undefined
        ? "Descent this week: none of its runs recorded heights (only runs imported from a watch's file do)."
        : `Descent this week: ${descentM} m, from the runs whose files recorded heights.`}
    </p>
  );
}

export default async function WeeklyReviewPage({ params }: Params) {
  const user = await requireUser();
  const label = (await params).week;
  const weekStartsOn = user.weekStartsOn as WeekStart;
  const start = weekStartFromLabel(label, weekStartsOn);
  if (start === null) notFound();
  const [review, analysis, climb] = await Promise.all([getWeekReview(user, start), getAnalysis(user), weeklyClimb(user, start, addDays(start, 6))]);
  if (review === null) notFound();
  const units = user.units as Units;

  const index = analysis.weeks.findIndex((week) => week.start === start);
  // A week before the first run (or of an empty log) is not among the analyser's weeks: an empty one.
  const summaries = index === -1 ? [emptyWeekSummary(start)] : analysis.weeks.slice(Math.max(0, index - 4), index + 1);
  const following = index === -1 ? analysis.weeks[0] : analysis.weeks[index + 1];
  const previousStart = addDays(start, -7);
  const hasPrevious = index > 0;
  const hasNext = start < weekStartOf(todayFor(user), weekStartsOn);
  const alerts = review.week.alerts;
  // The next-week section lists the signs that need a professional when pain holds the build back,
  // so the same card is not repeated below it.
  const shownAbove = review.plan.mode === "build" ? [] : ["see-a-professional"];
  const advice = getAdvice(alerts.flatMap((alert) => alert.advice)).filter((item) => !shownAbove.includes(item.id));

  return (
    <>
      <nav aria-label="Weeks" className="week-nav">
        {hasPrevious ? (
          <Link href={`/review/${weekLabelOf(previousStart, weekStartsOn)}`} rel="prev">
            ← Previous week
          </Link>
        ) : (
          <span />
        )}
        <Link href="/">Dashboard</Link>
        {hasNext ? (
          <Link href={`/review/${weekLabelOf(addDays(start, 7), weekStartsOn)}`} rel="next">
            Next week →
          </Link>
        ) : (
          <span />
        )}
      </nav>
      <h1>
        Week of {formatWeekRange(start)} <span className="muted week-label">{label}</span>
      </h1>
      {review.plan.provisional && !hasNext ? <p className="muted">This week so far, up to today.</p> : null}

      <ReviewTotals weeks={summaries} week={review.week} units={units} />
      <ReviewDays start={start} asOf={review.week.asOf} runs={review.runs} range={review.range} units={units} />

      <section aria-labelledby="week-runs">
        <h2 id="week-runs">Runs</h2>
        {review.runs.length === 0 ? (
          <p>No runs this week.</p>
        ) : (
          <ul className="run-list" data-testid="review-runs">
            {review.runs.map((run) => (
              <li key={run.id}>
                <div className="run-main">
                  <Link href={`/runs/${run.id}/edit`}>{formatLongDate(run.date)}</Link>
                  <span>{formatKm(run.km, units, 2)}</span>
                  {run.pain.map((entry, i) => (
                    <span key={i} className="muted">
                      {painPlace(entry.location, entry.side)} {entry.score}/10
                    </span>
                  ))}
                </div>
              </li>
            ))}
            {review.painDays.map((day, i) => (
              <li key={`pain-${i}`}>
                <div className="run-main">
                  <span>{formatLongDate(day.date)}</span>
                  <span className="muted">
                    Rest day: {painPlace(day.location, day.side)} {day.score}/10
                  </span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="week-pain">
        <h2 id="week-pain">Pain by location</h2>
        <ReviewPain weeks={summaries.slice(-4)} />
      </section>

      <section aria-labelledby="week-alerts">
        <h2 id="week-alerts">What this week raised</h2>
        {alerts.length === 0 ? (
          <p>No alerts: nothing in this week crossed a rule.</p>
        ) : (
          alerts.map((alert) => <AlertCard key={`${alert.rule}-${alert.key}`} alert={asCard(alert)} units={units} />)
        )}
      </section>

      <ReviewNextWeek plan={review.plan} units={units} actual={following} />
      {advice.length > 0 ? (
        <ReviewAdvice
          advice={advice}
          beside={(item) => (item.id === "knee" ? <WeekDescent descentM={climb.get(start)?.descentM} /> : null)}
        />
      ) : null}

      <p className="disclaimer">{DISCLAIMER}</p>
    </>
  );
}
