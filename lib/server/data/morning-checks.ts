import "server-only";
import type { Alert } from "../../analysis/types";
import { Prisma, type User } from "../../generated/prisma/client";
import type { PendingMorningCheck } from "../../morning-check/pending";
import type { MorningAnswer } from "../../validation/morning-check";
import { db } from "../db";
import { todayFor } from "./alerts";
import { changeLog } from "./log-change";
import { loadMorningChecks } from "./morning-check-load";

export { loadMorningChecks };

type Tx = Prisma.TransactionClient;
type Owner = Pick<User, "id" | "timezone" | "weekStartsOn">;

/** The morning check asked is over: answered, skipped, too old, or never asked. */
export class MorningCheckClosedError extends Error {
  constructor() {
    super("This morning check is no longer open");
    this.name = "MorningCheckClosedError";
  }
}

export function listMorningChecks(user: Owner): Promise<PendingMorningCheck[]> {
  return loadMorningChecks(db, user.id, todayFor(user));
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Answers (or skips) one of the runner's open morning checks. A score is a rest-day pain entry dated
 * today with timing next_morning at that place, saved like any other change to the log (alerts are
 * recomputed in the same transaction); a skip only records that the question was seen. Either way the
 * question is over: a second answer, from another tab or a second tap on an emailed link, is refused.
 */
export async function answerMorningCheck(
  user: Owner,
  answer: MorningAnswer,
): Promise<{ painEntryId: string | null; newAlerts: Alert[] }> {
  const today = todayFor(user);
  const record = async (tx: Tx, painEntryId: string | null) => {
    const open = await loadMorningChecks(tx, user.id, today);
    const check = open.find(
      (candidate) =>
        candidate.runDate === answer.runDate && candidate.location === answer.location && candidate.side === answer.side,
    );
    if (!check) throw new MorningCheckClosedError();
    await tx.morningCheck.create({
      data: {
        userId: user.id,
        runDate: answer.runDate,
        location: answer.location,
        side: answer.side,
        answer: painEntryId === null ? "skipped" : "answered",
        painEntryId,
      },
    });
  };
  try {
    if (answer.answer === "skip") {
      await db.$transaction((tx) => record(tx, null));
      return { painEntryId: null, newAlerts: [] };
    }
    const score = answer.answer;
    const { result, newAlerts } = await changeLog(user, async (tx) => {
      // The check is verified before the entry exists: the entry itself would close it.
      const entry = { id: crypto.randomUUID() };
      await record(tx, entry.id);
      await tx.painEntry.create({
        data: {
          id: entry.id,
          userId: user.id,
          localDate: today,
          location: answer.location,
          side: answer.side,
          score,
          timing: "next_morning",
        },
      });
      return entry.id;
    });
    return { painEntryId: result, newAlerts };
  } catch (error) {
    // Two answers at once: the unique (run day, place) row lets only one through.
    if (isUniqueViolation(error)) throw new MorningCheckClosedError();
    throw error;
  }
}
