import "server-only";
import { db, staleReadDb } from "../db";
import { createInvite } from "./admission";
import { NotFoundError } from "./errors";

// The admin page (issue 19). An admin manages accounts, not health data: nothing here reads a run's
// numbers, a pain entry, a note or an email's subject and text, only counts and dates.

export type AccountSummary = {
  id: string;
  email: string;
  role: string;
  createdAt: Date;
  runs: number;
  /** Rows the account holds in all (runs, pain, shoes, alerts, tokens, outbox): what it stores. */
  rows: number;
  /** The latest of its last change to the log, a run added and an API token used. */
  lastActivity: Date;
};

export async function listAccounts(): Promise<AccountSummary[]> {
  // An overview for the admin: a replica's few seconds behind do not matter here.
  const read = staleReadDb();
  const users = await read.user.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      email: true,
      role: true,
      createdAt: true,
      updatedAt: true,
      _count: { select: { runs: true, painEntries: true, shoes: true, alerts: true, apiTokens: true, outbox: true } },
    },
  });
  const lastRun = new Map(
    (await read.run.groupBy({ by: ["userId"], _max: { updatedAt: true } })).map((row) => [row.userId, row._max.updatedAt]),
  );
  const lastToken = new Map(
    (await read.apiToken.groupBy({ by: ["userId"], _max: { lastUsedAt: true } })).map((row) => [row.userId, row._max.lastUsedAt]),
  );
  return users.map((user) => {
    const times = [user.updatedAt, lastRun.get(user.id), lastToken.get(user.id)].filter((t): t is Date => t instanceof Date);
    return {
      id: user.id,
      email: user.email,
      role: user.role,
      createdAt: user.createdAt,
      runs: user._count.runs,
      rows: Object.values(user._count).reduce((sum, n) => sum + n, 0) + 1,
      lastActivity: new Date(Math.max(...times.map((t) => t.getTime()))),
    };
  });
}

export async function listInvites(now = new Date()) {
  const invites = await db.invite.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, createdAt: true, expiresAt: true, usedAt: true, createdBy: { select: { email: true } } },
  });
  return invites.map((invite) => ({ ...invite, expired: invite.usedAt === null && invite.expiresAt <= now }));
}

export async function newInvite(adminId: string) {
  return createInvite(db, adminId);
}

/** The outbox by status, and the messages that failed: when, why and to whom, never what they said. */
export async function outboxState() {
  const counts = await db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } });
  const failed = await db.outboxMessage.findMany({
    where: { status: "failed" },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, kind: true, toAddress: true, attempts: true, lastError: true, createdAt: true },
  });
  return { counts: Object.fromEntries(counts.map((row) => [row.status, row._count._all])) as Record<string, number>, failed };
}

/**
 * The latest imports that failed, from every account: when, how (page, folder, API), the format and
 * the importer's reason. Never the file's name or contents: a name can say where someone ran.
 */
export async function failedImports() {
  const rows = await staleReadDb().importRecord.findMany({
    where: { status: "failed" },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, via: true, format: true, report: true, createdAt: true, user: { select: { email: true } } },
  });
  return rows.map((row) => {
    let reason = "no reason recorded";
    try {
      const report = JSON.parse(row.report) as { error?: unknown };
      if (typeof report.error === "string") reason = report.error;
    } catch {
      // a damaged report reads as no reason
    }
    return { id: row.id, via: row.via, format: row.format, reason, createdAt: row.createdAt, account: row.user.email };
  });
}

/** Sends a failed message again from its first attempt; only a failed one (a sent message is final). */
export async function retryFailedEmail(messageId: string): Promise<void> {
  const { count } = await db.outboxMessage.updateMany({
    where: { id: messageId, status: "failed" },
    data: { status: "pending", attempts: 0, nextAttemptAt: new Date(), lastError: null },
  });
  if (count === 0) throw new NotFoundError("Message not found");
}
