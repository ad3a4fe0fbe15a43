"use client";

// recharts is most of the dashboard's JavaScript; loading each chart on its own keeps it out of the
// first load of every page, and the server-rendered text summary and table are readable meanwhile.
import dynamic from "next/dynamic";
import type { ComponentType } from "react";
import { OneTabStop } from "./one-tab-stop";

function ChartPlaceholder() {
  return <div className="chart-placeholder" aria-hidden="true" />;
}

/** Each chart is one stop for the keyboard, however many layers recharts draws it in. */
function oneStop<Props extends object>(Chart: ComponentType<Props>): ComponentType<Props> {
  function Stop(props: Props) {
    return (
      <OneTabStop>
        <Chart {...props} />
      </OneTabStop>
    );
  }
  return Stop;
}

export const WeeklyDistanceChart = oneStop(
  dynamic(() => import("./weekly-distance-chart"), { ssr: false, loading: ChartPlaceholder }),
);
export const PainChart = oneStop(dynamic(() => import("./pain-chart"), { ssr: false, loading: ChartPlaceholder }));
export const LongRunChart = oneStop(dynamic(() => import("./long-run-chart"), { ssr: false, loading: ChartPlaceholder }));
export const LoadRatioChart = oneStop(
  dynamic(() => import("./load-ratio-chart"), { ssr: false, loading: ChartPlaceholder }),
);
export const WeekDaysChart = oneStop(dynamic(() => import("./week-days-chart"), { ssr: false, loading: ChartPlaceholder }));
