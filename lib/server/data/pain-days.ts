import "server-only";
import type { User } from "../../generated/prisma/client";
import type { PainDayInput } from "../../validation/run";
import { db, readLog } from "../db";
import { NotFoundError } from "./errors";
import { changeLog } from "./log-change";
import { onceByKey, rememberRaised } from "./idempotency";

type Owner = Pick<User, "id" | "timezone" | "weekStartsOn">;

/** Pain logged on a day without a run. */
export async function listPainDays(userId: string, take = 20) {
  return readLog(userId, (client) =>
    client.painEntry.findMany({
      where: { userId, runId: null },
      orderBy: [{ localDate: "desc" }, { createdAt: "desc" }],
      take,
    }),
  );
}

/** Stores a rest-day pain entry; a `clientKey` makes a repeated call answer with the first one's entry. */
export async function createPainDay(user: Owner, input: PainDayInput, clientKey?: string) {
  const { date, ...entry } = input;
  return onceByKey(
    clientKey,
    async (key) => {
      const kept = await db.painEntry.findFirst({
        where: { userId: user.id, clientKey: key, runId: null },
        select: { id: true, raisedAlerts: true },
      });
      return kept && { row: { id: kept.id }, raisedAlerts: kept.raisedAlerts };
    },
    () =>
      changeLog(
        user,
        (tx) =>
          tx.painEntry.create({
            data: { ...entry, localDate: date, userId: user.id, clientKey: clientKey ?? null },
            select: { id: true },
          }),
        clientKey ? (tx, row, newAlerts) => rememberRaised(tx, { painEntry: row }, newAlerts) : undefined,
      ),
  );
}

/** Replaces a rest-day pain entry of the runner's: a wrong score or side is corrected, not re-logged. */
export async function updatePainDay(user: Owner, painId: string, input: PainDayInput) {
  const { date, ...entry } = input;
  return changeLog(user, async (tx) => {
    const { count } = await tx.painEntry.updateMany({
      where: { id: painId, userId: user.id, runId: null },
      data: { ...entry, localDate: date },
    });
    if (count === 0) throw new NotFoundError("Pain entry not found");
  });
}

export async function deletePainDay(user: Owner, painId: string) {
  return changeLog(user, async (tx) => {
    const { count } = await tx.painEntry.deleteMany({
      where: { id: painId, userId: user.id, runId: null },
    });
    if (count === 0) throw new NotFoundError("Pain entry not found");
  });
}

/** One rest-day pain entry of the runner's (issue #6); pain logged with a run belongs to the run. */
export async function getPainDay(userId: string, painId: string) {
  return db.painEntry.findFirst({ where: { id: painId, userId, runId: null } });
}
