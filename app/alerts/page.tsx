import type { Metadata } from "next";
import Link from "next/link";
import { DISCLAIMER } from "@/lib/advice";
import { ensureAlertsCurrent, listAlerts, listOpenAlerts } from "@/lib/server/data/alerts";
import { shoeNames } from "@/lib/server/data/shoes";
import { requireUser } from "@/lib/server/session";
import type { Units } from "@/lib/units";
import { AlertCard } from "../_components/alert-card";
import { AcknowledgeButton } from "./acknowledge-button";

export const metadata: Metadata = { title: "Alerts" };

export default async function AlertsPage() {
  const user = await requireUser();
  await ensureAlertsCurrent(user);
  const [open, acknowledged, closed, names] = await Promise.all([
    listOpenAlerts(user.id),
    listAlerts(user.id, "acknowledged"),
    listAlerts(user.id, "closed"),
    shoeNames(user.id),
  ]);
  const units = user.units as Units;

  return (
    <>
      <h1>Alerts</h1>
      <section aria-labelledby="open-alerts">
        <h2 id="open-alerts" tabIndex={-1}>
          Open ({open.length})
        </h2>
        {open.length === 0 ? (
          <p className="card">Nothing needs your attention right now. Keep logging runs and pain.</p>
        ) : (
          open.map((alert) => (
            <AlertCard key={alert.id} alert={alert} units={units} shoeNames={names}>
              <AcknowledgeButton alertId={alert.id} />
            </AlertCard>
          ))
        )}
      </section>
      {acknowledged.length > 0 ? (
        <section aria-labelledby="acknowledged-alerts">
          <h2 id="acknowledged-alerts">Acknowledged ({acknowledged.length})</h2>
          <p className="muted">These come back only if their numbers get worse.</p>
          {acknowledged.map((alert) => (
            <AlertCard key={alert.id} alert={alert} units={units} shoeNames={names} />
          ))}
        </section>
      ) : null}
      {closed.length > 0 ? (
        <section aria-labelledby="closed-alerts">
          <h2 id="closed-alerts">No longer holding ({closed.length})</h2>
          {closed.slice(0, 10).map((alert) => (
            <AlertCard key={alert.id} alert={alert} units={units} shoeNames={names} />
          ))}
        </section>
      ) : null}
      <p>
        <Link href="/advice">All advice</Link>: building up safely, what to do when it hurts, and when to see a
        professional.
      </p>
      <p className="disclaimer">{DISCLAIMER}</p>
    </>
  );
}
