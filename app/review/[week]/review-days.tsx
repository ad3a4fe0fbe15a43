import { weekDayRows } from "@/lib/charts/week-days";
import type { AnalysedRun, LocalDate } from "@/lib/analysis/types";
import { formatLongDate } from "@/lib/format-dates";
import { formatNumber, kmToUnit, unitLabel, type Units } from "@/lib/units";
import { ChartFigure } from "../../_components/charts/chart-figure";
import { WeekDaysChart } from "../../_components/charts/lazy-charts";

type Props = { start: LocalDate; asOf: LocalDate; runs: AnalysedRun[]; range: { low: number; high: number } | null; units: Units };

/** The review's chart: the week day by day, its running total against the range planned for it. */
export function ReviewDays({ start, asOf, runs, range, units }: Props) {
  const unit = unitLabel(units);
  const rows = weekDayRows(start, asOf, runs, units);
  const inUnit = range ? { low: formatNumber(kmToUnit(range.low, units)), high: formatNumber(kmToUnit(range.high, units)) } : null;
  const total = rows.filter((row) => !row.future).at(-1)?.total ?? 0;
  const place = range === null ? "" : total > kmToUnit(range.high, units) ? ", above" : total < kmToUnit(range.low, units) ? ", below" : ", inside";
  return (
    <div className="review-days">
      <ChartFigure
        id="week-days"
        title="Day by day"
        summary={
          <p>
            {formatNumber(total)} {unit} this week
            {inUnit ? `${place} the ${inUnit.low}–${inUnit.high} ${unit} planned for it.` : "; no range was planned for it (no recent weeks to build on)."}
          </p>
        }
        details={
          <p>
            The band is the weekly range the next-week plan gave at the end of the week before; bars are each day&apos;s distance, the
            line the running total.
          </p>
        }
        columns={[{ header: "Day" }, { header: `Distance (${unit})`, numeric: true }, { header: `Week so far (${unit})`, numeric: true }]}
        rows={rows.map((row) => ({
          key: row.date,
          cells: [formatLongDate(row.date), row.future ? "–" : formatNumber(row.distance), row.future ? "–" : formatNumber(row.total)],
        }))}
      >
        <WeekDaysChart rows={rows} range={inUnit ? { low: kmToUnit(range!.low, units), high: kmToUnit(range!.high, units) } : null} unit={unit}
          label={`Bar chart of this week's distance day by day in ${unit}, with the running total against the planned range`} />
      </ChartFigure>
    </div>
  );
}
