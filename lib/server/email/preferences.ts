// The email opt-ins on User, written by the settings page and by unsubscribe links.
import { settingsTurnedOffBy, type UnsubscribePurpose } from "../../email/unsubscribe-token";
import type { Db } from "./outbox";

export type EmailPreferences = { emailHighAlerts: boolean; emailWeeklyReview: boolean; emailMorningCheck: boolean };

export async function updateEmailPreferences(db: Db, userId: string, preferences: EmailPreferences) {
  await db.user.update({ where: { id: userId }, data: preferences, select: { id: true } });
}

/** Applies a verified unsubscribe token. A deleted account is not an error: there is nothing to send. */
export async function applyUnsubscribe(db: Db, userId: string, purpose: UnsubscribePurpose) {
  await db.user.updateMany({ where: { id: userId }, data: settingsTurnedOffBy(purpose) });
}
