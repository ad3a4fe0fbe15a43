// Queues the weekly review emails that are due (issue 9). Runs in the worker every few minutes and in
// `npm run digest`; the outbox key `weekly-review:<user>:<week start>` makes each week's email unique,
// however often and from however many processes this runs.
import type { DistanceUnits } from "../../advice";
import { analyse } from "../../analysis";
import { addDays } from "../../analysis/dates";
import { planNextWeek } from "../../analysis/next-week";
import type { Alert, WeekStart } from "../../analysis/types";
import { reconcileAlerts, severityRank, storedAlertFromRow } from "../../alerts/reconcile";
import type { RenderedEmail } from "../../email/layout";
import { weeklyDigestDue, type WeeklyDigestSchedule } from "../../email/schedule";
import { buildWeeklyReviewEmail, shouldSendWeeklyReview } from "../../email/weekly-review-email";
import { loadTrainingLog } from "../data/training-log";
import type { EmailConfig } from "./config";
import { enqueueDueEmails, footerLinksFor, isQueued, type Db, type DueEmail } from "./outbox";

type Recipient = { id: string; email: string; units: string; timezone: string; weekStartsOn: string };

export type DueWeeklyReview = DueEmail;

/**
 * The alerts the alert centre will show as open once it recomputes for `today`. Stored rows alone can be
 * days old for a runner who stopped opening the app (the very one this email is for), so the analysis
 * is rerun and reconciled the way refreshAlerts does it, without writing anything.
 */
async function openAlertsAsOf(db: Db, userId: string, current: Alert[]): Promise<Alert[]> {
  const rows = await db.alert.findMany({ where: { userId } });
  const stored = rows.map(storedAlertFromRow);
  return reconcileAlerts(stored, current)
    .flatMap((change) =>
      change.kind === "create" || change.kind === "reopen" || (change.kind === "update" && change.status === "open")
        ? [change.alert]
        : [],
    )
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
}

/** The review of the week before `schedule.today`, or null when that week is skipped. */
export async function buildWeeklyReviewFor(
  db: Db,
  user: Recipient,
  schedule: WeeklyDigestSchedule,
  config: EmailConfig,
): Promise<RenderedEmail | null> {
  const weekStartsOn = user.weekStartsOn as WeekStart;
  const log = await loadTrainingLog(db, { id: user.id, weekStartsOn });
  const weekEnd = addDays(schedule.previousWeekStart, 6);
  const { weeks } = analyse(log, weekEnd);
  const week = weeks.find((w) => w.start === schedule.previousWeekStart);
  const before = weeks.find((w) => w.start === addDays(schedule.previousWeekStart, -7));
  const openAlerts = await openAlertsAsOf(db, user.id, analyse(log, schedule.today).alerts);
  const summary = { km: week?.km ?? 0, runs: week?.runs ?? 0, longestKm: week?.longestKm ?? 0, maxPain: week?.maxPain ?? 0 };
  if (!shouldSendWeeklyReview({ week: summary, openAlerts })) return null;

  return buildWeeklyReviewEmail({
    weekStart: schedule.previousWeekStart,
    weekLabel: schedule.weekLabel,
    week: summary,
    previousWeek: before ? { km: before.km } : null,
    openAlerts,
    // As of the reviewed week's last day, next week is the one starting today (lib/analysis/next-week.ts).
    nextWeek: log.runs.length > 0 ? planNextWeek(log, weekEnd) : null,
    units: user.units as DistanceUnits,
    links: footerLinksFor(config, user.id, "weekly-review"),
  });
}

/** Opted-in runners whose review is due at `now` and not yet queued, with the email each would get. */
export async function collectDueWeeklyReviews(
  db: Db,
  config: EmailConfig,
  now: Date,
  onError: (userId: string, error: unknown) => void = () => {},
): Promise<DueWeeklyReview[]> {
  const users = await db.user.findMany({
    where: { emailWeeklyReview: true },
    select: { id: true, email: true, units: true, timezone: true, weekStartsOn: true },
  });
  const due: DueWeeklyReview[] = [];
  for (const user of users) {
    try {
      const schedule = weeklyDigestDue(now, { timezone: user.timezone, weekStartsOn: user.weekStartsOn as WeekStart });
      if (!schedule.due) continue;
      const dedupeKey = `weekly-review:${user.id}:${schedule.previousWeekStart}`;
      if (await isQueued(db, dedupeKey)) continue;
      const email = await buildWeeklyReviewFor(db, user, schedule, config);
      if (email) due.push({ userId: user.id, toAddress: user.email, dedupeKey, email });
    } catch (error) {
      // One runner's bad data (an unknown time zone) must not hold back everyone else's email.
      onError(user.id, error);
    }
  }
  return due;
}

/** Queues every due weekly review; returns how many were queued by this call. */
export async function queueDueWeeklyReviews(
  db: Db,
  config: EmailConfig,
  now: Date,
  onError?: (userId: string, error: unknown) => void,
): Promise<number> {
  return enqueueDueEmails(db, "weekly-review", await collectDueWeeklyReviews(db, config, now, onError), now);
}
