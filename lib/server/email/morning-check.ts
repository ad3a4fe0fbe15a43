// Queues the morning check emails that are due (issue 14). Runs beside the weekly reviews in the
// worker's periodic check and in `npm run digest`; the outbox key `morning-check:<user>:<date>` makes
// it one email per runner per local morning, however often and from however many processes this runs.
import { buildMorningCheckEmail } from "../../email/morning-check-email";
import { morningLinkExpiry, morningLinkUrl, signMorningLinkToken } from "../../email/morning-link-token";
import { morningEmailDue } from "../../email/schedule";
import { morningQuestion, morningRunLabel } from "../../morning-check/wording";
import { loadMorningChecks } from "../data/morning-check-load";
import type { EmailConfig } from "./config";
import { enqueueDueEmails, footerLinksFor, isQueued, type Db, type DueEmail } from "./outbox";

/** Opted-in runners at 07:30-12:00 on their own clock with a question open, not yet emailed that morning. */
export async function collectDueMorningChecks(
  db: Db,
  config: EmailConfig,
  now: Date,
  onError: (userId: string, error: unknown) => void = () => {},
): Promise<DueEmail[]> {
  const users = await db.user.findMany({
    where: { emailMorningCheck: true },
    select: { id: true, email: true, timezone: true },
  });
  const due: DueEmail[] = [];
  for (const user of users) {
    try {
      const schedule = morningEmailDue(now, user.timezone);
      if (!schedule.due) continue;
      const dedupeKey = `morning-check:${user.id}:${schedule.today}`;
      if (await isQueued(db, dedupeKey)) continue;
      const checks = await loadMorningChecks(db, user.id, schedule.today);
      if (checks.length === 0) continue;
      const questions = checks.map((check) => {
        const token = signMorningLinkToken(
          config.secret,
          { userId: user.id, runDate: check.runDate, location: check.location, side: check.side },
          morningLinkExpiry(check.runDate, user.timezone),
        );
        return {
          question: morningQuestion(check),
          runLabel: morningRunLabel(check.runDate, schedule.today),
          url: morningLinkUrl(config.appUrl, token),
        };
      });
      const email = buildMorningCheckEmail({ questions, links: footerLinksFor(config, user.id, "morning-check") });
      due.push({ userId: user.id, toAddress: user.email, dedupeKey, email });
    } catch (error) {
      // One runner's bad data (an unknown time zone) must not hold back everyone else's email.
      onError(user.id, error);
    }
  }
  return due;
}

/** Queues every due morning check email; returns how many were queued by this call. */
export async function queueDueMorningChecks(
  db: Db,
  config: EmailConfig,
  now: Date,
  onError?: (userId: string, error: unknown) => void,
): Promise<number> {
  return enqueueDueEmails(db, "morning-check", await collectDueMorningChecks(db, config, now, onError), now);
}
