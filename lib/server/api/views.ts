import "server-only";
// Rows as the API shows them: canonical units (km, seconds) like the request bodies, ISO instants,
// and no owner ids. Shapes are the response schemas in lib/validation/api.ts.
import type { PainEntry } from "../../generated/prisma/client";
import type { AlertView, PainDayView, RunView, ShoeView } from "../../validation/api";
import type { StoredAlertView } from "../data/alerts";
import type { RunWithDetails } from "../data/runs";
import type { ShoeWithTotal } from "../data/shoes";
import { painEntryFromRow } from "../../pain-row";
import { describeAlert } from "../../advice";
import type { Alert } from "../../analysis/types";
import type { Units } from "../../units";
import type { RaisedAlertView } from "../../validation/api";

/** The alerts a write raised or made worse, worded as the app words them, with the way to their advice. */
export function toRaisedAlertViews(alerts: readonly Alert[], units: Units): RaisedAlertView[] {
  return alerts.map((alert) => ({
    rule: alert.rule,
    key: alert.key,
    severity: alert.severity,
    asOf: alert.asOf,
    data: alert.data,
    advice: alert.advice,
    ...describeAlert(alert, { units }),
    adviceUrl: alert.advice.length > 0 ? `/advice#advice-${alert.advice[0]}` : "/alerts",
  }));
}

/** Distances are stored as whole metres; the API speaks km, like its request bodies. */
function toKm(metres: number): number {
  return metres / 1000;
}

function toPainView(row: PainEntry) {
  return { id: row.id, ...painEntryFromRow(row) };
}

export function toRunView(run: RunWithDetails): RunView {
  return {
    id: run.id,
    date: run.localDate,
    startTime: run.startTime,
    distanceKm: toKm(run.distanceM),
    durationSec: run.durationS,
    type: run.type as RunView["type"],
    rpe: run.rpe,
    shoeId: run.shoeId,
    notes: run.notes,
    source: run.source,
    ascentM: run.ascentM,
    descentM: run.descentM,
    pain: run.pain.map(toPainView),
    createdAt: run.createdAt.toISOString(),
    updatedAt: run.updatedAt.toISOString(),
  };
}

export function toPainDayView(row: PainEntry): PainDayView {
  return { ...toPainView(row), date: row.localDate, createdAt: row.createdAt.toISOString() };
}

export function toShoeView(shoe: ShoeWithTotal): ShoeView {
  return {
    id: shoe.id,
    name: shoe.name,
    startKm: toKm(shoe.startMeters),
    retireKm: toKm(shoe.retireMeters),
    retired: shoe.retired,
    isDefault: shoe.isDefault,
    totalKm: toKm(shoe.totalMeters),
    runs: shoe.runs,
  };
}

export function toAlertView(alert: StoredAlertView): AlertView {
  return {
    id: alert.id,
    rule: alert.rule,
    key: alert.key,
    severity: alert.severity,
    status: alert.status,
    asOf: alert.asOf,
    data: alert.data,
    advice: alert.advice,
    createdAt: alert.createdAt.toISOString(),
    updatedAt: alert.updatedAt.toISOString(),
  };
}
