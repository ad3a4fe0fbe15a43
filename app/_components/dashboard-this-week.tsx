import Link from "next/link";
import type { WeekSummary } from "@/lib/analysis/types";
import { formatKm, formatNumber, type Units } from "@/lib/units";

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** This week so far beside the previous four weeks: distance, runs and longest run. */
export function DashboardThisWeek({
  weeks,
  units,
  reviewHref,
}: {
  weeks: WeekSummary[];
  units: Units;
  reviewHref: string;
}) {
  const thisWeek = weeks.at(-1)!;
  const previous = weeks.slice(-5, -1);
  const km = previous.map((week) => week.km);
  const compared = previous.length === 0 ? "no earlier weeks yet" : `the previous ${previous.length === 1 ? "week" : `${previous.length} weeks`}`;
  return (
    <section aria-labelledby="this-week">
      <div className="trends-head">
        <h2 id="this-week">This week so far</h2>
        <Link href={reviewHref}>Review this week</Link>
      </div>
      <p className="muted">Compared with {compared}.</p>
      <div className="stat-grid" data-testid="this-week">
        <div className="stat">
          <div className="value">{formatKm(thisWeek.km, units)}</div>
          <div className="label">
            run so far.
            {previous.length > 0 ? ` Weeks before: ${formatKm(mean(km), units)} on average, ${formatKm(Math.max(...km), units)} at most.` : null}
          </div>
        </div>
        <div className="stat">
          <div className="value">{thisWeek.runs}</div>
          <div className="label">
            {thisWeek.runs === 1 ? "run" : "runs"} so far.
            {previous.length > 0 ? ` Weeks before: ${formatNumber(mean(previous.map((week) => week.runs)))} on average.` : null}
          </div>
        </div>
        <div className="stat">
          <div className="value">{formatKm(thisWeek.longestKm, units)}</div>
          <div className="label">
            longest run this week.
            {previous.length > 0 ? ` Weeks before: ${formatKm(Math.max(...previous.map((week) => week.longestKm)), units)} at most.` : null}
          </div>
        </div>
      </div>
    </section>
  );
}
