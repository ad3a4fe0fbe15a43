// Building alerts the same way in every rule: the numbers rounded for people (severity is always decided
// on the unrounded values before this), the advice ids, and one deterministic order.

import { RULE_IDS, type AdviceId, type Alert, type PainLocation, type RuleId, type Severity } from "./types";
import type { Timeline } from "./timeline";

export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/** Metres as km to 0.1, the precision alerts show distances with. */
export function kmForDisplay(metres: number): number {
  return roundTo(metres / 1000, 1);
}

export function createAlert(
  timeline: Timeline,
  rule: RuleId,
  severity: Severity,
  key: string,
  data: Alert["data"],
  advice: AdviceId[],
): Alert {
  return { rule, severity, key, asOf: timeline.asOfDate, data, advice };
}

const LOCATION_ADVICE: Partial<Record<PainLocation, AdviceId>> = {
  knee: "knee",
  achilles: "achilles",
  shin: "shin",
  foot: "foot",
};

/** The location's own advice (knee, achilles, shin, foot); other locations have none. */
export function locationAdvice(location: PainLocation): AdviceId[] {
  const advice = LOCATION_ADVICE[location];
  return advice ? [advice] : [];
}

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, warning: 1, info: 2 };

/** High first, then warning, then info; within a severity by rule order, then by key (code units). */
export function sortAlerts(alerts: Alert[]): Alert[] {
  return alerts.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
