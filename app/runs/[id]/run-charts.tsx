import type { ReactNode } from "react";
import type { RunSamples } from "@/lib/import/samples";
import { lineChart } from "@/lib/track/drawing";
import { heartRateZones } from "@/lib/track/zones";
import { formatDistance, formatDuration, type Units } from "@/lib/units";

// The drawing's own units. The SVG stretches to the card's width at a fixed height
// (preserveAspectRatio="none"), so its labels are HTML around it: they keep the page's text size on a
// phone and on a wide screen, where text inside the SVG would shrink or grow with it.
const BOX = { width: 600, height: 180, pad: 8 };

/** A line chart's frame: the highest and lowest value beside the drawing, its start and end below. */
function ChartFrame(props: {
  testId: string;
  label: string;
  top: string;
  bottom: string;
  from: string;
  to: string;
  children: ReactNode;
}) {
  return (
    <figure className="track-chart" style={{ margin: 0 }}>
      <div style={{ display: "grid", gridTemplateColumns: "auto 1fr", columnGap: "0.5rem" }}>
        <div className="muted" style={{ display: "flex", flexDirection: "column", justifyContent: "space-between", fontSize: "var(--text-sm)", textAlign: "right" }}>
          <span data-testid="chart-top">{props.top}</span>
          <span data-testid="chart-bottom">{props.bottom}</span>
        </div>
        <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} preserveAspectRatio="none" role="img" aria-label={props.label}
          data-testid={props.testId} width="100%" height="160" style={{ display: "block" }}>
          {props.children}
        </svg>
        <span />
        <div className="muted" style={{ display: "flex", justifyContent: "space-between", fontSize: "var(--text-sm)" }}>
          <span data-testid="chart-from">{props.from}</span>
          <span data-testid="chart-to">{props.to}</span>
        </div>
      </div>
    </figure>
  );
}

/** The elevation profile over the distance, drawn on the server. */
export function ElevationProfile({ samples, along, units }: { samples: RunSamples; along: number[]; units: Units }) {
  const chart = lineChart(along, samples.ele, BOX);
  if (!chart) return null;
  const bottom = BOX.height - BOX.pad;
  const distance = formatDistance(along.at(-1) ?? 0, units, 2);
  return (
    <section className="card" aria-labelledby="elevation-heading">
      <h2 id="elevation-heading">Elevation</h2>
      <ChartFrame testId="elevation-profile" label={`Elevation from ${Math.round(chart.minY)} m to ${Math.round(chart.maxY)} m over ${distance}`}
        top={`${Math.round(chart.maxY)} m`} bottom={`${Math.round(chart.minY)} m`} from={formatDistance(0, units)} to={distance}>
        <path d={`${chart.line}L${BOX.width - BOX.pad} ${bottom}L${BOX.pad} ${bottom}Z`} fill="var(--surface-2)" stroke="none" />
        <path d={chart.line} fill="none" stroke="var(--text)" strokeWidth="2" vectorEffect="non-scaling-stroke" />
      </ChartFrame>
    </section>
  );
}

/** Heart rate over time; with the runner's highest heart rate set, the zones as bands behind it. */
export function HeartRateChart({ samples, maxHr }: { samples: RunSamples; maxHr: number | null }) {
  const zones = maxHr ? heartRateZones(maxHr) : [];
  const chart = lineChart(samples.t, samples.hr, BOX, zones.length ? { min: zones[0]!.from, max: maxHr! } : undefined);
  if (!chart) return null;
  const duration = samples.t.filter(Number.isFinite).at(-1) ?? 0;
  return (
    <section className="card" aria-labelledby="hr-heading">
      <h2 id="hr-heading">Heart rate</h2>
      <ChartFrame testId="heart-rate-chart" label={`Heart rate from ${Math.round(chart.minY)} to ${Math.round(chart.maxY)} bpm over ${formatDuration(duration)}`}
        top={`${Math.round(chart.maxY)} bpm`} bottom={`${Math.round(chart.minY)} bpm`} from={formatDuration(0)} to={formatDuration(duration)}>
        {zones.map((zone) => {
          const top = chart.y(Math.min(zone.to, chart.maxY));
          const bottom = chart.y(Math.max(zone.from, chart.minY));
          return bottom > top ? (
            <rect key={zone.name} x={BOX.pad} width={BOX.width - 2 * BOX.pad} y={top} height={bottom - top} fill={zone.color} opacity="0.25">
              <title>{`${zone.name}: ${zone.from}–${zone.to} bpm`}</title>
            </rect>
          ) : null;
        })}
        {/* The alert colour token: dark red on light, light red on dark, readable on both. */}
        <path d={chart.line} fill="none" stroke="var(--high)" strokeWidth="2" vectorEffect="non-scaling-stroke" />
      </ChartFrame>
      {zones.length ? (
        <p className="muted" style={{ margin: "0.25rem 0 0" }}>
          Zones from your highest heart rate, {maxHr} bpm: {zones.map((zone) => `${zone.name} ${zone.from}–${zone.to}`).join(", ")}.
        </p>
      ) : (
        <p className="muted" style={{ margin: "0.25rem 0 0" }}>Set your highest heart rate in Settings to see the zones.</p>
      )}
    </section>
  );
}
