// Not "server-only": the email worker and `npm run digest` ask which morning checks are open (issue 14).
import { addDays } from "../../analysis/dates";
import type { PainLocation, PainSide } from "../../analysis/types";
import type { Prisma } from "../../generated/prisma/client";
import { morningCheckRunDays, pendingMorningChecks, type PendingMorningCheck } from "../../morning-check/pending";

type Tx = Prisma.TransactionClient;

/** The checks due for the runner on `today` (their local date), from the few rows that decide them. */
export async function loadMorningChecks(client: Tx, userId: string, today: string): Promise<PendingMorningCheck[]> {
  const { from, to } = morningCheckRunDays(today);
  const [runPain, mornings, handled] = await Promise.all([
    client.painEntry.findMany({
      where: { userId, runId: { not: null }, localDate: { gte: from, lte: to }, score: { gte: 1 } },
      select: { localDate: true, location: true, side: true, score: true },
    }),
    client.painEntry.findMany({
      where: { userId, timing: "next_morning", localDate: { gte: addDays(from, 1), lte: today } },
      select: { localDate: true, location: true, side: true },
    }),
    client.morningCheck.findMany({
      where: { userId, runDate: { gte: from, lte: to } },
      select: { runDate: true, location: true, side: true },
    }),
  ]);
  return pendingMorningChecks(
    {
      runPain: runPain.map((entry) => ({
        date: entry.localDate,
        location: entry.location as PainLocation,
        side: entry.side as PainSide,
        score: entry.score,
      })),
      mornings: mornings.map((entry) => ({
        date: entry.localDate,
        location: entry.location as PainLocation,
        side: entry.side as PainSide,
      })),
      handled,
    },
    today,
  );
}

