import Link from "next/link";
import { weekLabelOf } from "@/lib/analysis/week-label";
import type { WeekStart } from "@/lib/analysis/types";
import { formatNumber, type Units } from "@/lib/units";
import { ChartFigure } from "./charts/chart-figure";
import { LoadRatioChart, LongRunChart, PainChart, WeeklyDistanceChart } from "./charts/lazy-charts";
import type { DashboardSeries } from "./charts/series";
import { painLine, windowHeading } from "@/lib/charts/wording";

export const WEEK_WINDOWS = [12, 26, 52] as const;
export type WeekWindow = (typeof WEEK_WINDOWS)[number];

type Props = { series: DashboardSeries; units: Units; weeks: WeekWindow; weekStartsOn: WeekStart };

const signed = (pct: number) => `${pct >= 0 ? "+" : ""}${pct}%`;

const RATIO_TITLE = "This week against your usual";


/** The four trend charts over the chosen window, each with its summary and table. */
export function DashboardTrends({ series, units, weeks, weekStartsOn }: Props) {
  const { distance, longRun, pain, painSeries, ratio } = series;
  const unit = units;
  const fmt = (value: number | null) => (value === null ? "–" : formatNumber(value));
  const weekLink = (start: string, range: string) => (
    <Link href={`/review/${weekLabelOf(start, weekStartsOn)}`}>{range}</Link>
  );

  const current = distance.at(-1)!;
  const values = distance.map((row) => row.distance);
  const alertWeeks = distance.filter((row) => row.alert !== null);
  const spikeWeeks = longRun.filter((row) => row.spike !== null);
  const latestLong = longRun.at(-1)!;
  const ratios = ratio.filter((row) => row.ratio !== null);
  const latestRatio = ratios.at(-1)?.ratio ?? null;
  const n = distance.length;

  return (
    <section aria-labelledby="trends-heading">
      <div className="trends-head">
        <h2 id="trends-heading">{windowHeading(n, weeks)}</h2>
        <nav aria-label="Weeks shown" className="segmented">
          {WEEK_WINDOWS.map((option) => (
            <Link key={option} href={option === 12 ? "/" : `/?weeks=${option}`} scroll={false} aria-current={option === weeks ? "true" : undefined}>
              {option} weeks
            </Link>
          ))}
        </nav>
      </div>

      <ChartFigure
        id="distance"
        title="Weekly distance"
        summary={
          <p>
            {formatNumber(Math.min(...values))}–{formatNumber(Math.max(...values))} {unit} a week; this week{" "}
            {current.partial ? "so far " : ""}
            {formatNumber(current.distance)} {unit}
            {!current.partial && current.changePct !== null ? ` (${signed(current.changePct)})` : ""}.{" "}
            {alertWeeks.length === 0
              ? "No load warnings."
              : `${alertWeeks.length} ${alertWeeks.length === 1 ? "week" : "weeks"} raised a load warning (striped, “!”).`}
          </p>
        }
        details={
          alertWeeks.length === 0 ? null : (
            <p>Load warnings: {alertWeeks.map((row) => `${row.range} (${row.alert})`).join("; ")}.</p>
          )
        }
        columns={[{ header: "Week" }, { header: `Distance (${unit})`, numeric: true }, { header: "Change", numeric: true }, { header: "Load warning" }]}
        rows={distance.map((row) => ({
          key: row.start,
          cells: [weekLink(row.start, row.range), fmt(row.distance), row.partial ? "so far" : row.changePct === null ? "–" : signed(row.changePct), row.alert ?? "–"],
        }))}
      >
        <WeeklyDistanceChart rows={distance} unit={unit} label={`Bar chart of weekly distance in ${unit} over ${n} weeks`} />
      </ChartFigure>

      {painSeries.length === 0 ? (
        <div className="card">
          <h3 className="chart-title">Pain over time</h3>
          <p className="chart-summary">No pain recorded in these weeks. Log any pain with your runs and it appears here, next to your mileage.</p>
        </div>
      ) : (
        <ChartFigure
          id="pain"
          title="Pain over time"
          summary={<p>{painLine(pain, painSeries)}</p>}
          details={
            <ul>
              {painSeries.map(({ key, name }) => {
                const scores = pain.map((row) => row.pain[key] ?? 0);
                const highest = Math.max(...scores);
                const firstIndex = scores.findIndex((score) => score > 0);
                const first = pain[firstIndex];
                const before = pain[firstIndex - 1];
                const peak = pain[scores.lastIndexOf(highest)]!;
                const now = pain.at(-1)?.pain[key];
                return (
                  <li key={key}>
                    {name}: first in the week of {first?.range} ({formatNumber(first?.distance ?? 0)} {unit}
                    {before ? `, after ${formatNumber(before.distance)} ${unit} the week before` : ""}), highest {highest}/10
                    (week of {peak.range}), {now === null || now === undefined ? "no runs this week" : `this week ${now}/10`}.
                  </li>
                );
              })}
            </ul>
          }
          columns={[{ header: "Week" }, { header: `Distance (${unit})`, numeric: true }, ...painSeries.map(({ name }) => ({ header: `${name} /10`, numeric: true }))]}
          rows={pain.map((row) => ({
            key: row.start,
            cells: [weekLink(row.start, row.range), fmt(row.distance), ...painSeries.map(({ key }) => fmt(row.pain[key] ?? null))],
          }))}
        >
          <PainChart rows={pain} series={painSeries} unit={unit} label={`Line chart of the highest weekly pain for ${painSeries.map((s) => s.name).join(", ")} out of 10, over bars of weekly distance in ${unit} on their own axis`} />
        </ChartFigure>
      )}

      <ChartFigure
        id="long-run"
        title="Long runs"
        summary={
          <p>
            {latestLong.longest === null
              ? "No run yet this week."
              : `This week's longest: ${formatNumber(latestLong.longest)} ${unit}${latestLong.longest30 === null ? "" : ` (30-day longest before it ${formatNumber(latestLong.longest30)} ${unit})`}.`}{" "}
            {spikeWeeks.length === 0 ? "No spikes." : `${spikeWeeks.length} ${spikeWeeks.length === 1 ? "spike" : "spikes"} (striped, “▲”).`}
          </p>
        }
        details={
          <p>
            {`A run more than 10% longer than the longest of the 30 days before it (and ${unit === "mi" ? "0.6 mi" : "1 km"} more) is a spike, once you have two weeks of runs logged.`}{" "}
            {spikeWeeks.length === 0 ? "" : `Spikes: ${spikeWeeks.map((row) => `${row.range} (${row.spike})`).join("; ")}.`}
          </p>
        }
        columns={[{ header: "Week" }, { header: `Longest run (${unit})`, numeric: true }, { header: `30-day longest before it (${unit})`, numeric: true }, { header: "Spike" }]}
        rows={longRun.map((row) => ({
          key: row.start,
          cells: [weekLink(row.start, row.range), fmt(row.longest), fmt(row.longest30), row.spike ?? "–"],
        }))}
      >
        <LongRunChart rows={longRun} unit={unit} label={`Chart of each week's longest run in ${unit} against the longest run of the 30 days before it`} />
      </ChartFigure>

      {ratios.length === 0 ? (
        <div className="card">
          <h3 className="chart-title">{RATIO_TITLE}</h3>
          <p className="chart-summary">Appears after six weeks of running, for context only.</p>
        </div>
      ) : (
        <ChartFigure
          id="ratio"
          title={RATIO_TITLE}
          summary={
            <p>
              Latest {latestRatio?.toFixed(2)}: {latestRatio === null ? "" : latestRatio > 1.3 ? "well above" : latestRatio < 0.8 ? "well below" : "close to"}{" "}
              your usual (1 is the same as usual). For context only.
            </p>
          }
          details={
            <p>
              Your running load of about the last week divided by your usual load of about the last month (both averages
              weight recent days more; sports scientists call it the acute:chronic load ratio). The shaded band, 0.8–1.3, is
              close to usual. Research disagrees on what this ratio predicts, so Stridewise only shows it and never raises an
              alert on it; the weekly-increase and long-run rules above are what count.
            </p>
          }
          columns={[{ header: "Week" }, { header: "Ratio", numeric: true }]}
          rows={ratio.map((row) => ({ key: row.start, cells: [weekLink(row.start, row.range), row.ratio === null ? "–" : row.ratio.toFixed(2)] }))}
        >
          <LoadRatioChart rows={ratio} label="Line chart of this week's load against your usual, with the 0.8 to 1.3 band shaded" />
        </ChartFigure>
      )}
    </section>
  );
}
