import { ADVICE, formatLocationKey } from "@/lib/advice";
import type { NextWeekPlan } from "@/lib/analysis/next-week";
import type { WeekSummary } from "@/lib/analysis/types";
import { formatWeekRange } from "@/lib/format-dates";
import { formatKm, formatNumber, kmToUnit, unitLabel, type Units } from "@/lib/units";

const MODE_HEADLINE = {
  build: "Room to build",
  // Held at the four-week average, which can be less than a big last week: say so, not "don't build".
  hold: "Hold at your four-week average",
  reduce: "Reduce for now",
} as const;

/**
 * "Next week": the range the rules leave room for, or a hold / reduce with the signs that need a
 * professional. For a past week it shows the range as it stood then, beside what was run.
 */
export function ReviewNextWeek({
  plan,
  units,
  actual,
}: {
  plan: NextWeekPlan;
  units: Units;
  /** The following week as it turned out, for a past week; undefined for the current week. */
  actual?: WeekSummary;
}) {
  const km = (value: number) => formatKm(value, units);
  // Upper bounds are rounded down in miles too, so the number shown never sits above the limit.
  const upTo = (value: number) => `${formatNumber(Math.floor(kmToUnit(value, units) * 10) / 10)} ${unitLabel(units)}`;
  const places = plan.painKeys.map(formatLocationKey).join(", ");
  const range = plan.weeklyKm;
  return (
    <section aria-labelledby="next-week" className="card next-week" data-testid="next-week">
      <h2 id="next-week" style={{ marginTop: 0 }}>
        {actual ? "The week after" : "Next week"} ({formatWeekRange(plan.weekStart)})
      </h2>
      {plan.basis === "no-recent-runs" || range === null ? (
        <p>
          You have not run in the last four weeks. Come back with short, easy runs at no more than about half
          your old weekly distance, and build up over two to four weeks.
        </p>
      ) : (
        <>
          <p className="next-week-headline">
            <strong>{MODE_HEADLINE[plan.mode]}:</strong> {formatNumber(kmToUnit(range.low, units))}–{upTo(range.high)} in the week
            {plan.longestRunKm === null ? "" : `, longest run up to ${upTo(plan.longestRunKm)}`}
            {plan.mode === "build" ? "." : `, while the pain in ${places} settles.`}
          </p>
          {actual ? (
            <p>
              You ran {km(actual.km)}, longest run {km(actual.longestKm)}.
            </p>
          ) : null}
          <ul className="why">
            {plan.increaseLimitKm !== null ? (
              <li>
                Weekly-increase rule: up to {upTo(plan.increaseLimitKm)}, 30% (or just under {units === "mi" ? "3.7 mi" : "6 km"}) over your biggest of
                the last four weeks, {km(plan.baselineKm)}.
              </li>
            ) : null}
            {plan.acwrLimitKm !== null ? (
              <li>
                Acute:chronic rule: up to {upTo(plan.acwrLimitKm)}, under 1.5 times (or {units === "mi" ? "3.7 mi" : "6 km"} over) your average of the
                last three weeks, {km(plan.chronicKm)}.
              </li>
            ) : plan.basis === "short-history" ? (
              <li>
                The weekly rules need three earlier weeks to judge a week, so for now the range follows the
                weekly-increase step alone.
              </li>
            ) : null}
            {plan.longestBaseKm !== null ? (
              <li>
                Long run: {plan.mode === "build" ? "within 10% of" : plan.mode === "hold" ? "no longer than" : "about 80% of"}{" "}
                your longest run of the last 30 days that was not itself a spike, {km(plan.longestBaseKm)}.
              </li>
            ) : null}
            <li>
              {plan.mode === "reduce"
                ? `Half to 80% of your four-week average, ${km(plan.recentMeanKm)}, until the pain settles.`
                : plan.mode === "hold"
                  ? `80-100% of your four-week average, ${km(plan.recentMeanKm)}: no build until the pain settles.`
                  : `Below 80% of your four-week average, ${km(plan.recentMeanKm)}, is a recovery week, which is fine too.`}
            </li>
          </ul>
        </>
      )}
      {plan.mode !== "build" ? (
        <>
          <h3>See a doctor or physiotherapist if</h3>
          <ul data-testid="see-a-professional">
            {ADVICE["see-a-professional"].points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.provisional ? (
        <p className="muted">This week is not over yet, so the range moves with what you run until it ends.</p>
      ) : null}
    </section>
  );
}
