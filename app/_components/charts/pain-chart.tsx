"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_LINE, AXIS_TICK, CHART_MARGIN, ChartBox, ChartTooltip, MARKER_SHAPES, SERIES_COLOURS, markerDot } from "./chart-parts";
import type { PainRow, PainSeries } from "./series";

type Props = { rows: PainRow[]; series: PainSeries[]; unit: string; label: string };

/**
 * Highest weekly pain per location (lines, 0-10, left axis) over the weekly distance (pale bars, right
 * axis, with its unit), so a rise in pain sits next to the mileage before it. Each location has its own marker shape.
 */
export default function PainChart({ rows, series, unit, label }: Props) {
  const describe = (row: PainRow) => [
    `Week of ${row.range}`,
    `Distance ${row.distance} ${unit}`,
    ...series.map(({ key, name }) => {
      const score = row.pain[key];
      return `${name}: ${score === null || score === undefined ? "no runs" : `${score}/10`}`;
    }),
  ];
  return (
    <ChartBox height={280}>
      <ComposedChart data={rows} margin={CHART_MARGIN} role="img" aria-label={label} tabIndex={0}>
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis dataKey="label" tick={AXIS_TICK} tickLine={false} axisLine={AXIS_LINE} minTickGap={10} />
        <YAxis yAxisId="pain" domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={AXIS_TICK} tickLine={false} axisLine={false} width={44}
          label={{ value: "pain /10", angle: -90, position: "insideLeft", fill: "var(--muted)", fontSize: 12 }} />
        {/* Distance has its own scale on the right, with its unit: a 50 km week never reads as pain 8. */}
        <YAxis yAxisId="distance" orientation="right" tick={AXIS_TICK} tickLine={false} axisLine={false} width={44} allowDecimals={false}
          label={{ value: unit, angle: 90, position: "insideRight", fill: "var(--muted)", fontSize: 12 }} />
        <Tooltip content={<ChartTooltip describe={describe} />} cursor={{ fill: "var(--bg)" }} isAnimationActive={false} />
        <Legend wrapperStyle={{ fontSize: 13, color: "var(--text)" }} />
        <Bar yAxisId="distance" dataKey="distance" name={`Weekly distance (${unit}, right axis)`}
          fill="var(--chart-1-pale)" stroke="var(--chart-1)" isAnimationActive={false} maxBarSize={40} />
        {series.map(({ key, name }, i) => {
          const colour = SERIES_COLOURS[i % SERIES_COLOURS.length]!;
          const shape = MARKER_SHAPES[i % MARKER_SHAPES.length]!;
          return (
            <Line key={key} yAxisId="pain" dataKey={(row: PainRow) => row.pain[key] ?? null} name={name} stroke={colour}
              strokeWidth={2} dot={markerDot(shape, colour)} legendType={shape === "circle" ? "circle" : shape}
              isAnimationActive={false} connectNulls={false} />
          );
        })}
      </ComposedChart>
    </ChartBox>
  );
}
