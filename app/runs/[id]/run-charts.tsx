import type { RunSamples } from "@/lib/import/samples";
import { lineChart } from "@/lib/track/drawing";
import { heartRateZones } from "@/lib/track/zones";
import { formatDistance, formatDuration, type Units } from "@/lib/units";

const BOX = { width: 600, height: 180, pad: 24 };

/** The elevation profile over the distance, drawn on the server. */
export function ElevationProfile({ samples, along, units }: { samples: RunSamples; along: number[]; units: Units }) {
  const chart = lineChart(along, samples.ele, BOX);
  if (!chart) return null;
  const bottom = BOX.height - BOX.pad;
  return (
    <section className="card" aria-labelledby="elevation-heading">
      <h2 id="elevation-heading">Elevation</h2>
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" width="100%" data-testid="elevation-profile"
        aria-label={`Elevation from ${Math.round(chart.minY)} m to ${Math.round(chart.maxY)} m over ${formatDistance(along.at(-1) ?? 0, units, 2)}`}>
        <path d={`${chart.line}L${BOX.width - BOX.pad} ${bottom}L${BOX.pad} ${bottom}Z`} fill="var(--border)" stroke="none" />
        <path d={chart.line} fill="none" stroke="var(--text, #111)" strokeWidth="2" />
        <text x={BOX.pad} y={14} fontSize="12" fill="currentColor">{Math.round(chart.maxY)} m</text>
        <text x={BOX.pad} y={BOX.height - 6} fontSize="12" fill="currentColor">{Math.round(chart.minY)} m</text>
      </svg>
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
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" width="100%" data-testid="heart-rate-chart"
        aria-label={`Heart rate from ${Math.round(chart.minY)} to ${Math.round(chart.maxY)} bpm over ${formatDuration(duration)}`}>
        {zones.map((zone) => {
          const top = chart.y(Math.min(zone.to, chart.maxY));
          const bottom = chart.y(Math.max(zone.from, chart.minY));
          return bottom > top ? (
            <rect key={zone.name} x={BOX.pad} width={BOX.width - 2 * BOX.pad} y={top} height={bottom - top} fill={zone.color} opacity="0.25">
              <title>{`${zone.name}: ${zone.from}–${zone.to} bpm`}</title>
            </rect>
          ) : null;
        })}
        <path d={chart.line} fill="none" stroke="#b91c1c" strokeWidth="1.5" />
        <text x={BOX.pad} y={14} fontSize="12" fill="currentColor">{Math.round(chart.maxY)} bpm</text>
        <text x={BOX.pad} y={BOX.height - 6} fontSize="12" fill="currentColor">{Math.round(chart.minY)} bpm</text>
      </svg>
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
