// Queues the high-alert email (issue 9) inside the transaction that raised the alert, so the email and
// the alert commit together: a rolled-back change sends nothing, and a crash after the commit still
// leaves the message in the outbox for the worker.
import type { DistanceUnits } from "../../advice";
import type { Alert } from "../../analysis/types";
import { buildHighAlertEmail, qualifiesForHighAlertEmail } from "../../email/high-alert-email";
import { readEmailConfig, type EmailConfig } from "./config";
import { enqueueEmail, footerLinksFor, type Db } from "./outbox";

/**
 * One email per alert: Alert.emailedAt is set when it is queued, and recomputing the same alert never
 * queues another. An alert that is raised anew (it closed and came back, or got worse after being
 * acknowledged) is emailed again only once 28 days have passed since its email: by then the pain
 * rules' 28-day window holds none of the entries behind the first email, so it is a new episode,
 * while a pain that flares every few days still gives one email, not one per flare.
 */
export const RENOTIFY_AFTER_MS = 28 * 24 * 60 * 60 * 1000;

/**
 * Called at the end of refreshAlerts with the alerts it reports as newly raised. Does nothing (and
 * costs no query) unless one of them is a high alert worth an email.
 */
export async function queueHighAlertEmails(
  tx: Db,
  owner: { id: string },
  raised: readonly Alert[],
  options: { config?: EmailConfig | null; now?: Date } = {},
): Promise<number> {
  const candidates = raised.filter(qualifiesForHighAlertEmail);
  if (candidates.length === 0) return 0;
  const config = options.config === undefined ? readEmailConfig() : options.config;
  if (!config) return 0;
  const user = await tx.user.findUnique({
    where: { id: owner.id },
    select: { email: true, units: true, emailHighAlerts: true },
  });
  if (!user?.emailHighAlerts) return 0;

  const now = options.now ?? new Date();
  const rows = await tx.alert.findMany({
    where: { userId: owner.id, OR: candidates.map((alert) => ({ rule: alert.rule, key: alert.key })) },
    select: { id: true, rule: true, key: true, emailedAt: true },
  });
  let queued = 0;
  for (const alert of candidates) {
    const row = rows.find((r) => r.rule === alert.rule && r.key === alert.key);
    if (!row) continue;
    if (row.emailedAt && now.getTime() - row.emailedAt.getTime() < RENOTIFY_AFTER_MS) continue;
    const email = buildHighAlertEmail(alert, {
      units: user.units as DistanceUnits,
      links: footerLinksFor(config, owner.id, "high-alert"),
    });
    const added = await enqueueEmail(
      tx,
      { userId: owner.id, kind: "high-alert", dedupeKey: `high-alert:${row.id}:${alert.asOf}`, toAddress: user.email, ...email },
      now,
    );
    await tx.alert.update({ where: { id: row.id }, data: { emailedAt: now } });
    if (added) queued++;
  }
  return queued;
}
