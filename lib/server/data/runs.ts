import "server-only";
import type { Prisma, User } from "../../generated/prisma/client";
import type { RunInput } from "../../validation/run";
import { RUNS_PER_PAGE } from "../../validation/limits";
import { addDays } from "../../analysis/dates";
import { zonedTimeToInstant } from "../../zoned-time";
import { db, readLog } from "../db";
import { InputError, NotFoundError } from "./errors";
import { changeLog } from "./log-change";
import { onceByKey, rememberRaised } from "./idempotency";

type Tx = Prisma.TransactionClient;
type Owner = Pick<User, "id" | "timezone" | "weekStartsOn">;

const runWithDetails = {
  pain: { orderBy: { createdAt: "asc" } },
  shoe: { select: { id: true, name: true } },
} satisfies Prisma.RunInclude;

export type RunWithDetails = Prisma.RunGetPayload<{ include: typeof runWithDetails }>;

/** The runs list's filter (lib/validation/runs-filter.ts): a run type, a month "YYYY-MM", words in the notes. */
export type RunsWhere = { type?: string; month?: string; q?: string };

function runsWhere(userId: string, filter: RunsWhere): Prisma.RunWhereInput {
  return {
    userId,
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.month ? { localDate: { gte: `${filter.month}-01`, lte: `${filter.month}-31` } } : {}),
    ...(filter.q ? { notes: { contains: filter.q } } : {}),
  };
}

/** A page of the runner's runs that match `filter`, newest first, with the totals of every match. */
export async function listRuns(userId: string, page: number, filter: RunsWhere = {}) {
  const where = runsWhere(userId, filter);
  const [totals, runs] = await readLog(userId, (client) =>
    Promise.all([
      client.run.aggregate({ where, _count: { _all: true, durationS: true }, _sum: { distanceM: true, durationS: true } }),
      client.run.findMany({
        where,
        include: runWithDetails,
        orderBy: [{ localDate: "desc" }, { startTime: "desc" }, { createdAt: "desc" }],
        skip: (page - 1) * RUNS_PER_PAGE,
        take: RUNS_PER_PAGE,
      }),
    ]),
  );
  const total = totals._count._all;
  return {
    runs,
    total,
    pages: Math.max(1, Math.ceil(total / RUNS_PER_PAGE)),
    totalMeters: totals._sum.distanceM ?? 0,
    totalSeconds: totals._sum.durationS ?? 0,
    /** How many of them have a time: the total time is theirs alone. */
    timedRuns: totals._count.durationS,
  };
}

/** The runs of one month that match `filter`, with each run's highest pain, for the month calendar. */
export async function runsOfMonth(userId: string, month: string, filter: RunsWhere) {
  const runs = await readLog(userId, (client) =>
    client.run.findMany({
      where: runsWhere(userId, { ...filter, month }),
      select: { id: true, localDate: true, distanceM: true, pain: { select: { score: true } } },
      orderBy: [{ localDate: "asc" }, { createdAt: "asc" }],
    }),
  );
  return runs.map((run) => ({
    id: run.id,
    date: run.localDate,
    km: run.distanceM / 1000,
    maxPain: run.pain.length > 0 ? Math.max(...run.pain.map((entry) => entry.score)) : null,
  }));
}

export async function getRun(userId: string, runId: string): Promise<RunWithDetails | null> {
  return readLog(userId, (client) => client.run.findFirst({ where: { id: runId, userId }, include: runWithDetails }));
}

/** The stored distance of one of the runner's runs, for the edit form to keep when unchanged. */
export async function storedDistance(userId: string, runId: string): Promise<{ distanceM: number } | undefined> {
  return (await db.run.findFirst({ where: { id: runId, userId }, select: { distanceM: true } })) ?? undefined;
}

/** The longest of the runner's runs dated in the 30 days before `date` (other than `exceptRunId`), in metres. */
export async function longestRunBefore(userId: string, date: string, exceptRunId: string | null): Promise<number> {
  const { _max } = await db.run.aggregate({
    where: {
      userId,
      localDate: { gte: addDays(date, -30), lte: addDays(date, -1) },
      ...(exceptRunId ? { id: { not: exceptRunId } } : {}),
    },
    _max: { distanceM: true },
  });
  return _max.distanceM ?? 0;
}

/**
 * What the run form preselects: the shoe the runner marked as default, else the shoe of their latest
 * run, else their only shoe. A default is an explicit choice, so it wins over habit.
 */
export async function suggestedShoeId(userId: string): Promise<string | null> {
  const active = await db.shoe.findMany({
    where: { userId, retired: false },
    select: { id: true, isDefault: true },
    take: 50,
  });
  const chosen = active.find((shoe) => shoe.isDefault);
  if (chosen) return chosen.id;
  const last = await db.run.findFirst({
    where: { userId, shoe: { retired: false } },
    orderBy: [{ localDate: "desc" }, { createdAt: "desc" }],
    select: { shoeId: true },
  });
  return last?.shoeId ?? (active.length === 1 ? active[0]!.id : null);
}

async function assertShoeIsYours(tx: Tx, userId: string, shoeId: string | undefined) {
  if (!shoeId) return;
  const shoe = await tx.shoe.findFirst({ where: { id: shoeId, userId }, select: { id: true } });
  if (!shoe) throw new InputError({ shoeId: "Choose one of your shoes" });
}

function runColumns(user: Owner, input: RunInput) {
  return {
    localDate: input.date,
    startTime: input.startTime ?? null,
    startAt: input.startTime ? zonedTimeToInstant(input.date, input.startTime, user.timezone) : null,
    distanceM: Math.round(input.distanceKm * 1000),
    durationS: input.durationSec ?? null,
    type: input.type,
    rpe: input.rpe ?? null,
    shoeId: input.shoeId ?? null,
    notes: input.notes ?? null,
  };
}

function painRows(userId: string, input: RunInput) {
  return input.pain.map((entry) => ({ ...entry, userId, localDate: input.date }));
}

/**
 * Stores a new run. With a `clientKey` (an idempotency key) a second call with the same key stores
 * nothing and answers with the first call's run (`replayed`).
 */
export async function createRun(user: Owner, input: RunInput, source = "manual", clientKey?: string) {
  return onceByKey(
    clientKey,
    async (key) => {
      const row = await db.run.findUnique({ where: { userId_clientKey: { userId: user.id, clientKey: key } }, include: runWithDetails });
      return row && { row, raisedAlerts: row.raisedAlerts };
    },
    () =>
      changeLog(
        user,
        async (tx) => {
          await assertShoeIsYours(tx, user.id, input.shoeId);
          return tx.run.create({
            data: {
              ...runColumns(user, input),
              userId: user.id,
              source,
              clientKey: clientKey ?? null,
              pain: { create: painRows(user.id, input) },
            },
            // The API answers with the whole run: reading it back here saves a query after the commit.
            include: runWithDetails,
          });
        },
        clientKey ? (tx, run, newAlerts) => rememberRaised(tx, { run }, newAlerts) : undefined,
      ),
  );
}

export async function updateRun(user: Owner, runId: string, input: RunInput) {
  return changeLog(user, async (tx) => {
    const existing = await tx.run.findFirst({ where: { id: runId, userId: user.id } });
    if (!existing) throw new NotFoundError("Run not found");
    await assertShoeIsYours(tx, user.id, input.shoeId);
    await tx.painEntry.deleteMany({ where: { runId, userId: user.id } });
    return tx.run.update({
      where: { id: existing.id },
      data: { ...runColumns(user, input), pain: { create: painRows(user.id, input) } },
      select: { id: true },
    });
  });
}

export async function deleteRun(user: Owner, runId: string) {
  return changeLog(user, async (tx) => {
    const { count } = await tx.run.deleteMany({ where: { id: runId, userId: user.id } });
    if (count === 0) throw new NotFoundError("Run not found");
  });
}

/**
 * The runs between two local dates (both inclusive, either open), a page at a time, oldest first so
 * a sync script can walk forward (issue #6). The runs page keeps listRuns: newest first, fixed size.
 */
export async function listRunsBetween(
  userId: string,
  range: { from?: string; to?: string; page: number; pageSize: number },
) {
  const where = { userId, localDate: { gte: range.from, lte: range.to } };
  const [total, runs] = await readLog(userId, (client) =>
    Promise.all([
      client.run.count({ where }),
      client.run.findMany({
        where,
        include: runWithDetails,
        orderBy: [{ localDate: "asc" }, { startTime: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        skip: (range.page - 1) * range.pageSize,
        take: range.pageSize,
      }),
    ]),
  );
  return { runs, total, pages: Math.max(1, Math.ceil(total / range.pageSize)) };
}
