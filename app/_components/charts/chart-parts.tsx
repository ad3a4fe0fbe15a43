"use client";

// Pieces every chart shares: theme-aware axis styling (CSS variables, so dark mode follows the system
// without JavaScript), the tooltip box, the hatch that marks alert weeks without relying on colour,
// and marker shapes that tell pain locations apart in greyscale too.

import type { CSSProperties, ReactElement, ReactNode } from "react";
import { ResponsiveContainer } from "recharts";

export const AXIS_TICK = { fill: "var(--muted)", fontSize: 12 };
export const AXIS_LINE = { stroke: "var(--border)" };
export const CHART_MARGIN = { top: 22, right: 8, bottom: 0, left: 0 };

/** The chart's box: as wide as its card, `height` px high, or less where the page's CSS says (Today's swipe row on a phone). */
export function ChartBox({ height, children }: { height: number; children: ReactElement }) {
  return (
    <div className="chart-area" style={{ "--chart-height": `${height}px` } as CSSProperties}>
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  );
}

type TooltipProps<Row> = {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
  /** The tooltip's lines for one row: a heading first, then one line per value. */
  describe: (row: Row) => string[];
};

export function ChartTooltip<Row>({ active, payload, describe }: TooltipProps<Row>) {
  const row = payload?.[0]?.payload as Row | undefined;
  if (!active || row === undefined) return null;
  const [heading, ...lines] = describe(row);
  return (
    <div className="chart-tooltip">
      <strong>{heading}</strong>
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
    </div>
  );
}

/** Diagonal stripes in `color` over the surface colour: reads as "marked" in any theme or in print. */
export function Hatch({ id, color }: { id: string; color: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill="var(--surface)" />
      <rect width="3" height="6" fill={color} />
    </pattern>
  );
}

type LabelProps = { x?: number | string; y?: number | string; width?: number | string; value?: unknown };

/** A "!" above a bar whose row carries a mark: the text cue that goes with the hatch. */
export function markAbove(symbol: string) {
  function MarkAbove({ x, y, width, value }: LabelProps): ReactElement | null {
    if (value === null || value === undefined || value === "") return null;
    const centre = Number(x) + Number(width) / 2;
    return (
      <text x={centre} y={Number(y) - 6} textAnchor="middle" fill="var(--text)" fontSize={13} fontWeight={700}>
        {symbol}
      </text>
    );
  }
  return MarkAbove;
}

export const MARKER_SHAPES = ["circle", "square", "triangle", "diamond"] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

type DotProps = { cx?: number; cy?: number; value?: unknown; index?: number };

/** A line's point drawn as `shape`; nothing for a week without a value. */
export function markerDot(shape: MarkerShape, color: string) {
  function MarkerDot({ cx, cy, value, index }: DotProps): ReactNode {
    if (cx === undefined || cy === undefined || value === null || value === undefined) {
      return <g key={index} />;
    }
    const r = 4.5;
    const common = { fill: color, stroke: "var(--surface)", strokeWidth: 1 };
    if (shape === "square") return <rect key={index} {...common} x={cx - r} y={cy - r} width={2 * r} height={2 * r} />;
    if (shape === "triangle") {
      return <polygon key={index} {...common} points={`${cx},${cy - r - 1} ${cx + r + 1},${cy + r} ${cx - r - 1},${cy + r}`} />;
    }
    if (shape === "diamond") {
      return <polygon key={index} {...common} points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`} />;
    }
    return <circle key={index} {...common} cx={cx} cy={cy} r={r} />;
  }
  return MarkerDot;
}

/** The series colours, in order; each also gets its own marker shape. */
export const SERIES_COLOURS = ["var(--chart-2)", "var(--chart-3)", "var(--chart-4)", "var(--chart-1)"];
