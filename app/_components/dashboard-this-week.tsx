import Link from "next/link";
import type { WeekSummary } from "@/lib/analysis/types";
import { formatKm, formatNumber, type Units } from "@/lib/units";

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** This week so far beside the previous four weeks: distance, runs and longest run, three numbers in a row. */
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
  const before = previous.length === 0 ? null : `The ${previous.length === 1 ? "week" : `${previous.length} weeks`} before`;
  return (
    <section aria-labelledby="this-week">
      <div className="trends-head">
        <h2 id="this-week">This week</h2>
        <Link href={reviewHref}>Review this week</Link>
      </div>
      <div className="stat-grid compact" data-testid="this-week">
        <div className="stat">
          <div className="value">{formatKm(thisWeek.km, units)}</div>
          <div className="label">run</div>
        </div>
        <div className="stat">
          <div className="value">{thisWeek.runs}</div>
          <div className="label">{thisWeek.runs === 1 ? "run" : "runs"}</div>
        </div>
        <div className="stat">
          <div className="value">{formatKm(thisWeek.longestKm, units)}</div>
          <div className="label">longest</div>
        </div>
      </div>
      {before ? (
        <p className="hint">
          {before}: {formatKm(mean(km), units)} a week (at most {formatKm(Math.max(...km), units)}),{" "}
          {formatNumber(mean(previous.map((week) => week.runs)))} runs, longest{" "}
          {formatKm(Math.max(...previous.map((week) => week.longestKm)), units)}.
        </p>
      ) : null}
    </section>
  );
}
