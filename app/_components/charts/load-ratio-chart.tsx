"use client";

import { CartesianGrid, ComposedChart, Line, ReferenceArea, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_LINE, AXIS_TICK, CHART_MARGIN, ChartBox, ChartTooltip, markerDot } from "./chart-parts";
import type { RatioRow } from "./series";

/**
 * The display-only EWMA acute:chronic ratio, with Gabbett's 0.8-1.3 band shaded and labelled. A band
 * scale puts each week's point where the other charts put that week's bar.
 */
export default function LoadRatioChart({ rows, label }: { rows: RatioRow[]; label: string }) {
  const top = Math.max(2, ...rows.map((row) => row.ratio ?? 0));
  const describe = (row: RatioRow) => [
    `Week of ${row.range}`,
    row.ratio === null ? "Not enough history yet" : `Ratio ${row.ratio.toFixed(2)}`,
  ];
  return (
    <ChartBox height={220}>
      <ComposedChart data={rows} margin={CHART_MARGIN} role="img" aria-label={label} tabIndex={0}>
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <ReferenceArea y1={0.8} y2={1.3} fill="var(--chart-4)" fillOpacity={0.16} stroke="var(--chart-4)" strokeDasharray="4 3"
          label={{ value: "0.8–1.3 band", position: "insideTopLeft", fill: "var(--text)", fontSize: 12, stroke: "var(--surface)", strokeWidth: 3, paintOrder: "stroke" }} ifOverflow="extendDomain" />
        <XAxis dataKey="label" scale="band" tick={AXIS_TICK} tickLine={false} axisLine={AXIS_LINE} minTickGap={10} />
        <YAxis domain={[0, Math.ceil(top * 2) / 2]} tick={AXIS_TICK} tickLine={false} axisLine={false} width={44} />
        <Tooltip content={<ChartTooltip describe={describe} />} isAnimationActive={false} />
        <Line dataKey="ratio" name="Acute:chronic ratio" stroke="var(--chart-1)" strokeWidth={2}
          dot={markerDot("circle", "var(--chart-1)")} isAnimationActive={false} connectNulls={false} />
      </ComposedChart>
    </ChartBox>
  );
}
