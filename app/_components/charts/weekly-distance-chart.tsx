"use client";

import { useId } from "react";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_LINE, AXIS_TICK, CHART_MARGIN, ChartBox, ChartTooltip, Hatch, markAbove } from "./chart-parts";
import type { DistanceRow } from "./series";

const AlertMark = markAbove("!");

/** Weekly distance bars; weeks that raised a load warning are hatched and carry a "!". */
export default function WeeklyDistanceChart({ rows, unit, label }: { rows: DistanceRow[]; unit: string; label: string }) {
  const hatchId = `hatch-${useId().replaceAll(":", "")}`;
  const describe = (row: DistanceRow) => [
    `Week of ${row.range}`,
    `${row.distance} ${unit}`,
    row.partial
      ? "So far: the week is not over yet"
      : row.changePct === null
        ? "No previous week to compare"
        : `${row.changePct >= 0 ? "+" : ""}${row.changePct}% on the week before`,
    ...(row.alert ? [`! ${row.alert}`] : []),
  ];
  return (
    <ChartBox height={260}>
      <BarChart data={rows} margin={CHART_MARGIN} role="img" aria-label={label} tabIndex={0}>
        <defs>
          <Hatch id={hatchId} color="var(--chart-2)" />
        </defs>
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis dataKey="label" tick={AXIS_TICK} tickLine={false} axisLine={AXIS_LINE} minTickGap={10} />
        <YAxis tick={AXIS_TICK} tickLine={false} axisLine={false} width={44} allowDecimals={false}
          label={{ value: unit, angle: -90, position: "insideLeft", fill: "var(--muted)", fontSize: 12 }} />
        <Tooltip content={<ChartTooltip describe={describe} />} cursor={{ fill: "var(--bg)" }} isAnimationActive={false} />
        <Bar dataKey="distance" name="Distance" fill="var(--chart-1)" isAnimationActive={false} maxBarSize={48}>
          {rows.map((row) => (
            <Cell
              key={row.start}
              fill={row.alert ? `url(#${hatchId})` : "var(--chart-1)"}
              stroke={row.alert ? "var(--chart-2)" : undefined}
              data-alert={row.alert ? "true" : undefined}
            />
          ))}
          <LabelList dataKey="alert" content={AlertMark} />
        </Bar>
      </BarChart>
    </ChartBox>
  );
}
