// How a fresh analysis updates the stored alerts: pure, so the rules for "new", "back again",
// "still acknowledged" and "closed" are tested without a database.
import type { Alert, RuleId, Severity } from "../analysis/types";

export type AlertStatus = "open" | "acknowledged" | "closed";

export type StoredAlert = {
  id: string;
  rule: string;
  key: string;
  severity: string;
  status: AlertStatus;
  data: Record<string, number | string>;
  acknowledgedData: Record<string, number | string> | null;
  acknowledgedSeverity?: string | null;
};

/** Stored JSON columns are written by this app; a damaged one reads as the fallback, never a crash. */
export function parseStoredJson<T>(text: string | null, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** An Alert row (JSON columns as text) as reconcileAlerts reads it. */
export function storedAlertFromRow(row: {
  id: string;
  rule: string;
  key: string;
  severity: string;
  status: string;
  data: string;
  acknowledgedData: string | null;
  acknowledgedSeverity: string | null;
}): StoredAlert {
  return {
    id: row.id,
    rule: row.rule,
    key: row.key,
    severity: row.severity,
    status: row.status as AlertStatus,
    data: parseStoredJson(row.data, {}),
    acknowledgedData: parseStoredJson(row.acknowledgedData, null),
    acknowledgedSeverity: row.acknowledgedSeverity,
  };
}

export type AlertChange =
  | { kind: "create"; alert: Alert }
  | { kind: "reopen"; id: string; alert: Alert }
  | { kind: "update"; id: string; alert: Alert; status: AlertStatus }
  | { kind: "close"; id: string };

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, high: 2 };

export function severityRank(severity: string): number {
  return SEVERITY_RANK[severity as Severity] ?? 0;
}

/**
 * The number that says how bad an alert is, beyond its severity. Rules missing here (SHOE, RETURN)
 * only get worse by changing severity: their distance grows with every run, and reopening an
 * acknowledged shoe alert after each run would be nagging.
 */
const WORSENING_METRIC: Partial<Record<RuleId, string>> = {
  WEEKLY_INCREASE: "percent",
  ACWR: "ratio",
  SPIKE: "ratio",
  PAIN_SINGLE: "score",
  PAIN_RECUR: "painfulRuns",
  PAIN_PERSIST: "spanDays",
  PAIN_TREND: "thisWeek",
  PAIN_REDFLAG: "score",
  PAIN_MORNING: "score",
};

export function isWorse(
  current: Alert,
  acknowledged: { severity: string; data: Record<string, number | string> | null },
): boolean {
  const rankNow = severityRank(current.severity);
  const rankThen = severityRank(acknowledged.severity);
  if (rankNow !== rankThen) return rankNow > rankThen;
  const metric = WORSENING_METRIC[current.rule];
  if (!metric || !acknowledged.data) return false;
  const now = current.data[metric];
  const then = acknowledged.data[metric];
  return typeof now === "number" && typeof then === "number" && now > then;
}

const identity = (rule: string, key: string) => `${rule}\u0000${key}`;

export function reconcileAlerts(stored: StoredAlert[], current: Alert[]): AlertChange[] {
  const storedByIdentity = new Map(stored.map((row) => [identity(row.rule, row.key), row]));
  const seen = new Set<string>();
  const changes: AlertChange[] = [];

  for (const alert of current) {
    const id = identity(alert.rule, alert.key);
    seen.add(id);
    const row = storedByIdentity.get(id);
    if (!row) {
      changes.push({ kind: "create", alert });
    } else if (row.status === "closed") {
      changes.push({ kind: "reopen", id: row.id, alert });
    } else if (row.status === "acknowledged") {
      const acknowledged = {
        severity: row.acknowledgedSeverity ?? row.severity,
        data: row.acknowledgedData ?? row.data,
      };
      if (isWorse(alert, acknowledged)) changes.push({ kind: "reopen", id: row.id, alert });
      else changes.push({ kind: "update", id: row.id, alert, status: "acknowledged" });
    } else {
      changes.push({ kind: "update", id: row.id, alert, status: "open" });
    }
  }

  for (const row of stored) {
    if (row.status !== "closed" && !seen.has(identity(row.rule, row.key))) {
      changes.push({ kind: "close", id: row.id });
    }
  }
  return changes;
}

/**
 * The alerts a change raised or made worse, whatever week they are about, for the confirmation after a
 * save or an import: every alert that is new or back again (info included: a runner asked what the run
 * changed), and every open one whose severity rose or whose numbers got worse. An acknowledged alert
 * that got worse is reopened by reconcileAlerts, so it is in the first group.
 */
export function newlyRaised(changes: AlertChange[], before: StoredAlert[]): Alert[] {
  const storedById = new Map(before.map((row) => [row.id, row]));
  return changes.flatMap((change) => {
    if (change.kind === "create" || change.kind === "reopen") return [change.alert];
    if (change.kind === "update" && change.status === "open") {
      const was = storedById.get(change.id);
      const worse = was !== undefined && isWorse(change.alert, { severity: was.severity, data: was.data });
      return worse ? [change.alert] : [];
    }
    return [];
  });
}
