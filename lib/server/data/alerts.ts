import "server-only";
import { localDateOf } from "../../analysis/dates";
import { analyse } from "../../analysis";
import type { Alert as AnalysedAlert, AdviceId, RuleId, Severity } from "../../analysis/types";
import {
  newlyRaised,
  parseStoredJson,
  reconcileAlerts,
  storedAlertFromRow,
  type AlertStatus,
} from "../../alerts/reconcile";
import { Prisma, type User } from "../../generated/prisma/client";
import { db } from "../db";
import { runnerTransaction } from "./runner-transaction";
import { queueHighAlertEmails } from "../email/high-alerts";
import { NotFoundError } from "./errors";
import { loadAlertLog } from "./training-log";

type Tx = Prisma.TransactionClient;
/** alertsAsOf, when known, saves a write when the stored alerts are already for today. */
type AlertOwner = Pick<User, "id" | "timezone" | "weekStartsOn"> & { alertsAsOf?: string | null };

type StoredAlertRow = Parameters<typeof storedAlertFromRow>[0] & { advice: string };

export type StoredAlertView = {
  id: string;
  rule: RuleId;
  key: string;
  severity: Severity;
  status: AlertStatus;
  asOf: string;
  data: Record<string, number | string>;
  advice: AdviceId[];
  createdAt: Date;
  updatedAt: Date;
};

export function todayFor(user: Pick<User, "timezone">): string {
  return localDateOf(new Date(), user.timezone);
}

/**
 * Re-runs the analyser on the whole log and brings the stored alerts in line with it. Call it inside
 * the transaction that changed the log, so the alerts never disagree with the runs. Returns the
 * warnings and high alerts that are new to the runner. `locked`: the transaction holds the runner's
 * row already (changeLog locks it first), so the lock is not taken again: one round trip less on
 * every save, inside the lock.
 */
export async function refreshAlerts(tx: Tx, user: AlertOwner, { locked = false } = {}): Promise<AnalysedAlert[]> {
  if (!locked) await lockRunner(tx, user.id);
  const asOf = todayFor(user);
  const { alerts } = analyse(await loadAlertLog(tx, user, asOf), asOf);

  // Closed alerts pile up over the years; only those that the analysis raises again can matter (they
  // reopen). Raw SQL for the same reason as loadAlertLog: this runs on every save.
  const keys = alerts.length > 0 ? Prisma.join(alerts.map((alert) => alert.key)) : Prisma.sql`NULL`;
  const rows = await tx.$queryRaw<StoredAlertRow[]>`
    SELECT id, rule, key, severity, status, data, advice, "acknowledgedData", "acknowledgedSeverity" FROM "Alert"
    WHERE "userId" = ${user.id} AND (status <> 'closed' OR key IN (${keys}))`;
  const rowById = new Map(rows.map((row) => [row.id, row]));
  const stored = rows.map(storedAlertFromRow);
  const changes = reconcileAlerts(stored, alerts);

  // Every close and every new alert in one statement each (an import or a deletion may close or raise
  // several at once); a reopen or an update carries its own numbers, one statement each.
  const closed = changes.flatMap((change) => (change.kind === "close" ? [change.id] : []));
  if (closed.length > 0) {
    await tx.alert.updateMany({ where: { id: { in: closed } }, data: { status: "closed", closedAt: new Date() } });
  }
  const created: Prisma.AlertCreateManyInput[] = [];
  for (const change of changes) {
    if (change.kind === "close") continue;
    const fields = {
      severity: change.alert.severity,
      asOf: change.alert.asOf,
      data: JSON.stringify(change.alert.data),
      advice: JSON.stringify(change.alert.advice),
    };
    if (change.kind === "create") {
      created.push({ ...fields, userId: user.id, rule: change.alert.rule, key: change.alert.key });
    } else if (change.kind === "reopen") {
      await tx.alert.update({
        where: { id: change.id },
        data: { ...fields, status: "open", closedAt: null, acknowledgedAt: null, acknowledgedData: null, acknowledgedSeverity: null },
      });
    } else {
      // Most alerts hold unchanged from one run to the next: no write for those, so a save costs a
      // few queries rather than one per alert, and updatedAt keeps meaning "last changed".
      const row = rowById.get(change.id);
      const unchanged =
        row !== undefined &&
        row.status === change.status &&
        row.severity === fields.severity &&
        row.data === fields.data &&
        row.advice === fields.advice;
      if (!unchanged) {
        await tx.alert.update({ where: { id: change.id }, data: { ...fields, status: change.status } });
      }
    }
  }
  if (created.length > 0) await tx.alert.createMany({ data: created });
  if (user.alertsAsOf !== asOf) {
    await tx.user.update({ where: { id: user.id }, data: { alertsAsOf: asOf } });
  }
  const raised = newlyRaised(changes, stored);
  // Issue 9: a high alert worth an email is queued in this same transaction (once per alert).
  await queueHighAlertEmails(tx, user, raised);
  return raised;
}

/** Alerts depend on the date too (a spike belongs to its week): recompute once a day on view. */
/**
 * Locks the runner's row until the transaction ends, so every write for one runner (a save, an alert
 * refresh) waits for the one before: two refreshes at once would both insert the same new alert, and
 * on PostgreSQL the second fails on Alert's unique (userId, rule, key). An UPDATE locks the row on
 * both providers (SQLite takes its one writer lock); with bumpLogVersion it also marks the log as
 * changed. Raw SQL: the query builder costs several times more, and this runs on every save (issue 8).
 */
export async function lockRunner(tx: Tx, userId: string, { bumpLogVersion = false } = {}): Promise<void> {
  const step = bumpLogVersion ? 1 : 0;
  await tx.$executeRaw`UPDATE "User" SET "logVersion" = "logVersion" + ${step} WHERE id = ${userId}`;
}

export async function ensureAlertsCurrent(user: AlertOwner & Pick<User, "alertsAsOf">) {
  if (user.alertsAsOf === todayFor(user)) return;
  await runnerTransaction(user.id, (tx) => refreshAlerts(tx, user));
}

export function toView(row: {
  id: string;
  rule: string;
  key: string;
  severity: string;
  status: string;
  asOf: string;
  data: string;
  advice: string;
  createdAt: Date;
  updatedAt: Date;
}): StoredAlertView {
  return {
    id: row.id,
    rule: row.rule as RuleId,
    key: row.key,
    severity: row.severity as Severity,
    status: row.status as AlertStatus,
    asOf: row.asOf,
    data: parseStoredJson(row.data, {}),
    advice: parseStoredJson(row.advice, []),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const SEVERITY_ORDER: Record<string, number> = { high: 0, warning: 1, info: 2 };

/** Open alerts, high first, then newest first. */
export async function listOpenAlerts(userId: string): Promise<StoredAlertView[]> {
  const rows = await db.alert.findMany({
    where: { userId, status: "open" },
    orderBy: { updatedAt: "desc" },
  });
  return rows
    .map(toView)
    .sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3));
}

export async function listAlerts(userId: string, status: AlertStatus): Promise<StoredAlertView[]> {
  const rows = await db.alert.findMany({
    where: { userId, status },
    orderBy: { updatedAt: "desc" },
    take: 100,
  });
  return rows.map(toView);
}

export async function countOpenAlerts(userId: string) {
  const rows = await db.alert.groupBy({
    by: ["severity"],
    where: { userId, status: "open" },
    _count: { _all: true },
  });
  const total = rows.reduce((sum, row) => sum + row._count._all, 0);
  const high = rows.find((row) => row.severity === "high")?._count._all ?? 0;
  return { total, high };
}

export async function acknowledgeAlert(userId: string, alertId: string) {
  const row = await db.alert.findFirst({ where: { id: alertId, userId, status: "open" } });
  if (!row) throw new NotFoundError("Alert not found");
  await db.alert.update({
    where: { id: row.id },
    data: {
      status: "acknowledged",
      acknowledgedAt: new Date(),
      acknowledgedData: row.data,
      acknowledgedSeverity: row.severity,
    },
  });
}

/** One stored alert of the runner's, whatever its status (issue #6). */
export async function getAlert(userId: string, alertId: string): Promise<StoredAlertView | null> {
  const row = await db.alert.findFirst({ where: { id: alertId, userId } });
  return row ? toView(row) : null;
}
