import type { Metadata } from "next";
import { DISCLAIMER, getAdvice } from "@/lib/advice";
import { ensureAlertsCurrent, listAlerts, listOpenAlerts } from "@/lib/server/data/alerts";
import { shoeNames } from "@/lib/server/data/shoes";
import { requireUser } from "@/lib/server/session";
import type { Units } from "@/lib/units";
import { AdviceCard } from "../_components/advice-card";
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
  const advice = getAdvice(open.flatMap((alert) => alert.advice));

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
            <AlertCard key={alert.id} alert={alert} units={units} shoeNames={names} adviceOnPage>
              <AcknowledgeButton alertId={alert.id} />
            </AlertCard>
          ))
        )}
      </section>
      {advice.length > 0 ? (
        <section aria-labelledby="alert-advice">
          <h2 id="alert-advice">What to do</h2>
          {advice.map((item) => (
            <AdviceCard key={item.id} advice={item} />
          ))}
        </section>
      ) : null}
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
      <p className="disclaimer">{DISCLAIMER}</p>
    </>
  );
}
