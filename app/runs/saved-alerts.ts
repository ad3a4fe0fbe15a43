// The alerts a save raised, worded for the confirmation that follows it (a run or rest-day pain).
import { describeAlert } from "@/lib/advice/describe-alert";
import type { Alert, RuleId, Severity } from "@/lib/analysis/types";
import type { Units } from "@/lib/units";

export type SavedAlert = { rule: RuleId; key: string; severity: Severity; title: string; explanation: string };

export function savedAlerts(alerts: Alert[], units: Units): SavedAlert[] {
  return alerts.map((alert) => ({
    rule: alert.rule,
    key: alert.key,
    severity: alert.severity,
    ...describeAlert(alert, { units }),
  }));
}
