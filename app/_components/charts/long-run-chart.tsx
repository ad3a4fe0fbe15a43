"use client";

import { useId } from "react";
import { Bar, CartesianGrid, Cell, ComposedChart, LabelList, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_LINE, AXIS_TICK, CHART_MARGIN, ChartBox, ChartTooltip, Hatch, markAbove, markerDot } from "./chart-parts";
import type { LongRunRow } from "./series";

const SpikeMark = markAbove("▲");

/** Each week's longest run (bars) against the 30-day longest before it (line); spike weeks hatched with a ▲. */
export default function LongRunChart({ rows, unit, label }: { rows: LongRunRow[]; unit: string; label: string }) {
  const hatchId = `hatch-${useId().replaceAll(":", "")}`;
  const describe = (row: LongRunRow) => [
    `Week of ${row.range}`,
    row.longest === null ? "No runs" : `Longest run ${row.longest} ${unit}`,
    row.longest30 === null ? "No run in the 30 days before" : `30-day longest before it ${row.longest30} ${unit}`,
    ...(row.spike ? [`▲ ${row.spike}`] : []),
  ];
  return (
    <ChartBox height={260}>
      <ComposedChart data={rows} margin={CHART_MARGIN} role="img" aria-label={label} tabIndex={0}>
        <defs>
          <Hatch id={hatchId} color="var(--chart-2)" />
        </defs>
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis dataKey="label" tick={AXIS_TICK} tickLine={false} axisLine={AXIS_LINE} minTickGap={10} />
        <YAxis tick={AXIS_TICK} tickLine={false} axisLine={false} width={44} allowDecimals={false}
          label={{ value: unit, angle: -90, position: "insideLeft", fill: "var(--muted)", fontSize: 12 }} />
        <Tooltip content={<ChartTooltip describe={describe} />} cursor={{ fill: "var(--bg)" }} isAnimationActive={false} />
        <Legend wrapperStyle={{ fontSize: 13, color: "var(--text)" }} />
        <Bar dataKey="longest" name="Longest run" fill="var(--chart-1)" isAnimationActive={false} maxBarSize={40}>
          {rows.map((row) => (
            <Cell key={row.start} fill={row.spike ? `url(#${hatchId})` : "var(--chart-1)"} stroke={row.spike ? "var(--chart-2)" : undefined} />
          ))}
          <LabelList dataKey="spike" content={SpikeMark} />
        </Bar>
        <Line dataKey="longest30" name="30-day longest before it" type="stepAfter" stroke="var(--chart-3)" strokeWidth={2}
          dot={markerDot("square", "var(--chart-3)")} isAnimationActive={false} connectNulls />
      </ComposedChart>
    </ChartBox>
  );
}
