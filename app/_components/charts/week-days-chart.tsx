"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceArea, Tooltip, XAxis, YAxis } from "recharts";
import type { WeekDayRow } from "@/lib/charts/week-days";
import { AXIS_LINE, AXIS_TICK, CHART_MARGIN, ChartBox, ChartTooltip, markerDot } from "./chart-parts";

type Props = { rows: WeekDayRow[]; range: { low: number; high: number } | null; unit: string; label: string };

/** The review's week: each day's distance (bars) and the running total (line) against the week's planned range (band). */
export default function WeekDaysChart({ rows, range, unit, label }: Props) {
  const top = Math.max(1, range?.high ?? 0, ...rows.map((row) => row.total));
  const describe = (row: WeekDayRow) => [
    row.date,
    row.future ? "Still to come" : `${row.distance} ${unit} that day`,
    ...(row.future ? [] : [`${row.total} ${unit} so far this week`]),
  ];
  const shown = rows.map((row) => ({ ...row, total: row.future ? null : row.total }));
  return (
    <ChartBox height={240}>
      <ComposedChart data={shown} margin={CHART_MARGIN} role="img" aria-label={label} tabIndex={0}>
        <CartesianGrid vertical={false} stroke="var(--border)" />
        {range ? (
          <ReferenceArea y1={range.low} y2={range.high} fill="var(--chart-4)" fillOpacity={0.16} stroke="var(--chart-4)" strokeDasharray="4 3"
            label={{ value: "planned range", position: "insideTopLeft", fill: "var(--text)", fontSize: 12, stroke: "var(--surface)", strokeWidth: 3, paintOrder: "stroke" }} />
        ) : null}
        <XAxis dataKey="label" tick={AXIS_TICK} tickLine={false} axisLine={AXIS_LINE} />
        <YAxis domain={[0, Math.ceil(top * 1.1)]} tick={AXIS_TICK} tickLine={false} axisLine={false} width={44} allowDecimals={false}
          label={{ value: unit, angle: -90, position: "insideLeft", fill: "var(--muted)", fontSize: 12 }} />
        <Tooltip content={<ChartTooltip describe={describe} />} cursor={{ fill: "var(--bg)" }} isAnimationActive={false} />
        <Legend wrapperStyle={{ fontSize: 13, color: "var(--text)" }} />
        <Bar dataKey="distance" name="That day" fill="var(--chart-1)" isAnimationActive={false} maxBarSize={36} />
        <Line dataKey="total" name="Week so far" type="linear" stroke="var(--chart-3)" strokeWidth={2}
          dot={markerDot("square", "var(--chart-3)")} isAnimationActive={false} connectNulls={false} />
      </ComposedChart>
    </ChartBox>
  );
}
