"use client";

// recharts is most of the dashboard's JavaScript; loading each chart on its own keeps it out of the
// first load of every page, and the server-rendered text summary and table are readable meanwhile.
import dynamic from "next/dynamic";

function ChartPlaceholder() {
  return <div className="chart-placeholder" aria-hidden="true" />;
}

export const WeeklyDistanceChart = dynamic(() => import("./weekly-distance-chart"), { ssr: false, loading: ChartPlaceholder });
export const PainChart = dynamic(() => import("./pain-chart"), { ssr: false, loading: ChartPlaceholder });
export const LongRunChart = dynamic(() => import("./long-run-chart"), { ssr: false, loading: ChartPlaceholder });
export const LoadRatioChart = dynamic(() => import("./load-ratio-chart"), { ssr: false, loading: ChartPlaceholder });
