// The analyser's entry point: one pass to build the timeline, then each rule on it.

import { sortAlerts } from "./alerts";
import { loadAlerts } from "./load-rules";
import { painAlerts } from "./pain-rules";
import { shoeAlerts } from "./shoe-rule";
import { buildTimeline } from "./timeline";
import type { AnalysisResult, LocalDate, TrainingLog } from "./types";
import { buildWeeklyLoad, summariseWeeks } from "./weeks";

/**
 * Analyses a training log as of the local date T (`asOf`, YYYY-MM-DD). Entries dated after T are ignored.
 * Pure and deterministic: the same log in any order gives the same result. Throws a RangeError for a
 * date that is not YYYY-MM-DD.
 */
export function analyse(log: TrainingLog, asOf: LocalDate): AnalysisResult {
  const timeline = buildTimeline(log, asOf);
  const load = buildWeeklyLoad(timeline);
  const alerts = [
    ...loadAlerts(timeline, load),
    ...painAlerts(timeline),
    ...shoeAlerts(timeline, log.shoes),
  ];
  return { asOf, alerts: sortAlerts(alerts), weeks: summariseWeeks(timeline, load) };
}
