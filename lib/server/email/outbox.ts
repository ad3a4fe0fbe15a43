// The outbox (issue 9): a message is written to the database in the same transaction as whatever caused
// it, and the worker sends it later. Queueing is idempotent through the unique dedupeKey, so code that
// runs twice (a recomputation, a restarted worker, the digest command beside the server) queues once.
import type { FooterLinks, RenderedEmail } from "../../email/layout";
import { unsubscribeUrl, type UnsubscribePurpose } from "../../email/unsubscribe-token";
import { Prisma } from "../../generated/prisma/client";
import type { EmailConfig } from "./config";

/** A PrismaClient or a transaction: callers choose whether queueing joins their transaction. */
export type Db = Prisma.TransactionClient;

// "account": a password reset or email confirmation link, sent whatever the runner's email settings.
export type OutboxKind = "high-alert" | "weekly-review" | "morning-check" | "account";

export function purposeForKind(kind: OutboxKind): UnsubscribePurpose {
  if (kind === "high-alert") return "unsubscribe-high-alerts";
  if (kind === "weekly-review") return "unsubscribe-weekly";
  if (kind === "morning-check") return "unsubscribe-morning-check";
  return "unsubscribe-all";
}

/** The links every email of `kind` to `userId` ends with. */
export function footerLinksFor(config: EmailConfig, userId: string, kind: OutboxKind): FooterLinks {
  return {
    appUrl: config.appUrl,
    unsubscribeUrl: unsubscribeUrl(config.appUrl, config.secret, userId, purposeForKind(kind)),
    unsubscribeAllUrl: unsubscribeUrl(config.appUrl, config.secret, userId, "unsubscribe-all"),
  };
}

export type OutboxInput = {
  userId: string;
  kind: OutboxKind;
  dedupeKey: string;
  toAddress: string;
  subject: string;
  text: string;
  html: string;
};

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Queues a message unless one with the same dedupeKey exists; true when this call queued it. */
export async function enqueueEmail(db: Db, input: OutboxInput, now: Date = new Date()): Promise<boolean> {
  const existing = await db.outboxMessage.findUnique({ where: { dedupeKey: input.dedupeKey }, select: { id: true } });
  if (existing) return false;
  try {
    await db.outboxMessage.create({ data: { ...input, status: "pending", nextAttemptAt: now } });
    return true;
  } catch (error) {
    // Another process queued it between the lookup and the insert. SQLite undoes only the failed
    // statement, so a surrounding transaction carries on.
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** An email a periodic check found due: the weekly review, the morning check. */
export type DueEmail = { userId: string; toAddress: string; dedupeKey: string; email: RenderedEmail };

/** Queues each due email once by its key; returns how many this call queued. */
export async function enqueueDueEmails(db: Db, kind: OutboxKind, due: DueEmail[], now: Date): Promise<number> {
  let queued = 0;
  for (const { userId, toAddress, dedupeKey, email } of due) {
    if (await enqueueEmail(db, { userId, kind, dedupeKey, toAddress, ...email }, now)) queued++;
  }
  return queued;
}

export async function isQueued(db: Db, dedupeKey: string): Promise<boolean> {
  return (await db.outboxMessage.count({ where: { dedupeKey } })) > 0;
}

/** Messages still waiting to go out, oldest first: for the digest command's dry run. */
export async function listPendingEmails(db: Db) {
  return db.outboxMessage.findMany({
    where: { status: "pending" },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, dedupeKey: true, toAddress: true, subject: true, attempts: true, nextAttemptAt: true, lastError: true },
  });
}
