// SHOE: distance per shoe against the 500-800 km convention, which comes from machine tests of midsoles
// (Cook 1985), not from injury data; hence "info" at 500 km and "warning" only at the retirement distance.

import { createAlert, kmForDisplay } from "./alerts";
import { toMetres, type Timeline } from "./timeline";
import type { AnalysedShoe, Alert } from "./types";

const SHOE_INFO_METRES = 500_000;
/** The spec's default retirement distance, used when a shoe has no usable one of its own. */
const DEFAULT_RETIRE_KM = 800;
const RECENT_USE_DAYS = 30;

export function shoeAlerts(timeline: Timeline, shoes: readonly AnalysedShoe[]): Alert[] {
  const metresByShoe = new Map<string, number>();
  const lastUsedByShoe = new Map<string, number>();
  for (const run of timeline.runs) {
    if (run.shoeId === null) continue;
    metresByShoe.set(run.shoeId, (metresByShoe.get(run.shoeId) ?? 0) + run.metres);
    // Runs are sorted by date, so the last one seen is the latest.
    lastUsedByShoe.set(run.shoeId, run.day);
  }

  const alerts: Alert[] = [];
  for (const shoe of shoes) {
    const lastUsed = lastUsedByShoe.get(shoe.id);
    // A retired shoe still counts while it has a run dated T-29 .. T.
    const usedRecently = lastUsed !== undefined && lastUsed > timeline.asOf - RECENT_USE_DAYS;
    if (shoe.retired && !usedRecently) continue;
    const startMetres = Math.round(Math.max(0, shoe.startKm) * 1000);
    const metres = startMetres + (metresByShoe.get(shoe.id) ?? 0);
    // The shoe's own retirement distance replaces 800 km (the log format guarantees retireKm > 0).
    const retireKm = shoe.retireKm > 0 ? shoe.retireKm : DEFAULT_RETIRE_KM;
    const severity = metres >= toMetres(retireKm) ? "warning" : metres >= SHOE_INFO_METRES ? "info" : null;
    if (severity === null) continue;
    alerts.push(
      createAlert(timeline, "SHOE", severity, shoe.id, { km: kmForDisplay(metres), retireKm }, ["footwear"]),
    );
  }
  return alerts;
}
