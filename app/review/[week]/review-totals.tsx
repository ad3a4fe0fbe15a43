import { isWeekUnderWay, type WeekHistory } from "@/lib/analysis/history";
import type { WeekSummary } from "@/lib/analysis/types";
import { formatKm, type Units } from "@/lib/units";

function change(value: number, base: number, units: Units): string {
  const diff = value - base;
  const sign = diff >= 0 ? "+" : "−";
  const pct = base > 0 ? ` (${sign}${Math.round((Math.abs(diff) / base) * 100)}%)` : "";
  return `${sign}${formatKm(Math.abs(diff), units)}${pct}`;
}

/**
 * The week's totals against the week before and against the highest of the four weeks before it,
 * the same baseline the weekly-increase rule uses, so "vs 4-week max" reads like the rule.
 */
export function ReviewTotals({ weeks, week, units }: { weeks: WeekSummary[]; week: WeekHistory; units: Units }) {
  const current = weeks.at(-1)!;
  const previous = weeks.at(-2);
  const fourWeekMax = Math.max(0, ...weeks.slice(0, -1).map((w) => w.km));
  // A week still under way is not compared with whole weeks: "-81% on last week" on a Tuesday is no drop.
  const partial = isWeekUnderWay(week);
  return (
    <section aria-labelledby="week-totals">
      <h2 id="week-totals">Totals</h2>
      <div className="stat-grid" data-testid="review-totals">
        <div className="stat">
          <div className="value">{formatKm(current.km, units)}</div>
          <div className="label">
            {partial ? (
              <>
                so far; the week is not over yet
                {previous ? `. The week before: ${formatKm(previous.km, units)}` : ""}
                {fourWeekMax > 0 ? `; the 4-week maximum: ${formatKm(fourWeekMax, units)}` : ""}
              </>
            ) : (
              <>
                distance; {previous ? `${change(current.km, previous.km, units)} on the week before` : "no week before"}
                {fourWeekMax > 0 ? `, ${change(current.km, fourWeekMax, units)} on the 4-week maximum of ${formatKm(fourWeekMax, units)}` : ""}
              </>
            )}
          </div>
        </div>
        <div className="stat">
          <div className="value">{current.runs}</div>
          <div className="label">
            {current.runs === 1 ? "run" : "runs"}
            {previous ? `; ${previous.runs} the week before` : ""}
          </div>
        </div>
        <div className="stat">
          <div className="value">{formatKm(current.longestKm, units)}</div>
          <div className="label">
            longest run
            {week.longest30Km === null ? "" : `; the longest of the 30 days before it was ${formatKm(week.longest30Km, units)}`}
          </div>
        </div>
      </div>
    </section>
  );
}
