// The outbox worker (issue 9): runs inside the server process (started from instrumentation.ts) and in
// `npm run digest`. Not "server-only" and never imports lib/server/db: it is handed its PrismaClient.
//
// Delivery is at-least-once with one small window. A message is claimed by an atomic conditional
// update (still pending, due, and not claimed by someone else), which pushes its nextAttemptAt past a
// lease, so two workers, or the server and the digest command, never send it both. It is marked sent
// only after the SMTP server accepted it, and "sent" is final. If the process dies between the SMTP
// server's acceptance and that update, the lease runs out and the message is sent again; the outbox key
// is the Message-ID, so the receiving side can recognise the copy. A message that was queued but not
// yet sent when the server stopped is simply sent by the next process.
import { nextAttemptDelay } from "../../email/backoff";
import type { EmailConfig } from "./config";
import type { EmailLogger } from "./logger";
import type { Db } from "./outbox";
import { mailOptionsFor, type MailTransport } from "./transport";
import { queueDueMorningChecks } from "./morning-check";
import { queueDueWeeklyReviews } from "./weekly-review";

/** Longer than any send can take with the transport's timeouts (transport.ts), so a live send is never doubled. */
export const CLAIM_LEASE_MS = 5 * 60_000;
const BATCH_SIZE = 20;

export type SendResult = { sent: number; retrying: number; failed: number };

type Clock = () => Date;

function describeError(error: unknown): { message: string; responseCode?: number } {
  const raw = error instanceof Error ? error.message : String(error);
  const responseCode = (error as { responseCode?: unknown })?.responseCode;
  return {
    // SMTP replies often quote the recipient; the log keeps the reason, not the address.
    message: raw.replace(/[^\s<>"']+@[^\s<>"']+/g, "<address>").slice(0, 500),
    responseCode: typeof responseCode === "number" ? responseCode : undefined,
  };
}

/** The runner may have switched this kind of email off after it was queued. */
function stillWanted(kind: string, user: { emailHighAlerts: boolean; emailWeeklyReview: boolean; emailMorningCheck: boolean }): boolean {
  if (kind === "high-alert") return user.emailHighAlerts;
  if (kind === "weekly-review") return user.emailWeeklyReview;
  if (kind === "morning-check") return user.emailMorningCheck;
  return true;
}

/** One pass: claims and sends every message due at `now()`. */
export async function sendDueEmails(
  db: Db,
  transport: MailTransport,
  config: EmailConfig,
  logger: EmailLogger,
  now: Clock = () => new Date(),
): Promise<SendResult> {
  const result: SendResult = { sent: 0, retrying: 0, failed: 0 };
  const started = now();
  const due = await db.outboxMessage.findMany({
    where: { status: "pending", nextAttemptAt: { lte: started } },
    orderBy: { nextAttemptAt: "asc" },
    take: BATCH_SIZE,
    select: { id: true },
  });
  for (const { id } of due) {
    const claimedAt = now();
    const claim = await db.outboxMessage.updateMany({
      where: { id, status: "pending", nextAttemptAt: { lte: claimedAt } },
      data: { nextAttemptAt: new Date(claimedAt.getTime() + CLAIM_LEASE_MS), attempts: { increment: 1 } },
    });
    if (claim.count !== 1) continue; // another worker has it
    const message = await db.outboxMessage.findUnique({
      where: { id },
      include: { user: { select: { emailHighAlerts: true, emailWeeklyReview: true, emailMorningCheck: true } } },
    });
    if (!message) continue;
    const context = { messageId: id, kind: message.kind, attempt: message.attempts };
    if (!stillWanted(message.kind, message.user)) {
      await db.outboxMessage.update({ where: { id }, data: { status: "failed", lastError: "cancelled: unsubscribed" } });
      logger.info(context, "email cancelled: the runner unsubscribed");
      continue;
    }
    try {
      await transport.sendMail(mailOptionsFor(message, config));
    } catch (error) {
      const { message: reason, responseCode } = describeError(error);
      // A 5xx reply is permanent (no such mailbox, rejected content): retrying cannot help.
      const delay = responseCode !== undefined && responseCode >= 500 ? null : nextAttemptDelay(message.attempts);
      const failedAt = now();
      await db.outboxMessage.update({
        where: { id },
        data:
          delay === null
            ? { status: "failed", lastError: reason }
            : { nextAttemptAt: new Date(failedAt.getTime() + delay), lastError: reason },
      });
      if (delay === null) {
        result.failed++;
        logger.error({ ...context, responseCode, err: reason }, "email failed, giving up");
      } else {
        result.retrying++;
        logger.warn({ ...context, responseCode, err: reason, retryInMs: delay }, "email failed, will retry");
      }
      continue;
    }
    await db.outboxMessage.update({ where: { id }, data: { status: "sent", sentAt: now(), lastError: null } });
    result.sent++;
    logger.info(context, "email sent");
  }
  return result;
}

export type EmailWorkerOptions = {
  config: EmailConfig;
  logger: EmailLogger;
  /** How often to look for due messages; 15 s keeps an alert email within a minute of the save. */
  intervalMs?: number;
  /** How often to look for due weekly reviews and morning checks (also once at start). */
  weeklyCheckMs?: number;
  now?: Clock;
};

export type EmailWorker = {
  /** Runs one pass now (weekly and morning check included when due) and waits for it. */
  runOnce: () => Promise<void>;
  /** Stops the timer and waits for a pass in progress to finish. */
  stop: () => Promise<void>;
};

export function startEmailWorker(db: Db, transport: MailTransport, options: EmailWorkerOptions): EmailWorker {
  const { config, logger, intervalMs = 15_000, weeklyCheckMs = 10 * 60_000, now = () => new Date() } = options;
  let lastWeeklyCheck = -Infinity;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  async function pass() {
    try {
      if (now().getTime() - lastWeeklyCheck >= weeklyCheckMs) {
        lastWeeklyCheck = now().getTime();
        const queued = await queueDueWeeklyReviews(db, config, now(), (userId, error) =>
          logger.error({ userId, err: describeError(error).message }, "weekly review could not be built"),
        );
        if (queued > 0) logger.info({ queued }, "weekly reviews queued");
        const mornings = await queueDueMorningChecks(db, config, now(), (userId, error) =>
          logger.error({ userId, err: describeError(error).message }, "morning check email could not be built"),
        );
        if (mornings > 0) logger.info({ queued: mornings }, "morning check emails queued");
      }
      await sendDueEmails(db, transport, config, logger, now);
    } catch (error) {
      // A locked or unreachable database must not stop the worker or crash the server: try next time.
      logger.error({ err: describeError(error).message }, "email worker pass failed");
    }
  }

  function runOnce(): Promise<void> {
    running = running.then(pass);
    return running;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      void runOnce().then(schedule);
    }, intervalMs);
    // The worker never keeps a process alive on its own (the digest command and tests exit when done).
    timer.unref();
  }

  void runOnce().then(schedule);
  logger.info({ intervalMs, weeklyCheckMs }, "email worker started");
  return {
    runOnce,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
