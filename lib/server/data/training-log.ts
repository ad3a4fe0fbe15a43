// Not "server-only": scripts/digest.ts loads logs outside Next for the weekly email (issue 9). No secrets here.
import type { Prisma, User } from "../../generated/prisma/client";
import type { PainEntry, TrainingLog, WeekStart } from "../../analysis/types";
import { painEntryFromRow } from "../../pain-row";

type Tx = Prisma.TransactionClient;

/** The user's whole log in the analyser's shape: three queries, no per-row lookups. */
export async function loadTrainingLog(tx: Tx, user: Pick<User, "id" | "weekStartsOn">): Promise<TrainingLog> {
  const [runs, pain, shoes] = await Promise.all([
    tx.run.findMany({
      where: { userId: user.id },
      select: { id: true, localDate: true, distanceM: true, shoeId: true },
    }),
    tx.painEntry.findMany({ where: { userId: user.id } }),
    tx.shoe.findMany({ where: { userId: user.id } }),
  ]);

  const painByRun = new Map<string, PainEntry[]>();
  const painDays: TrainingLog["painDays"] = [];
  for (const row of pain) {
    if (row.runId) {
      const list = painByRun.get(row.runId) ?? [];
      list.push(painEntryFromRow(row));
      painByRun.set(row.runId, list);
    } else {
      painDays.push({ ...painEntryFromRow(row), date: row.localDate });
    }
  }

  return {
    weekStartsOn: user.weekStartsOn as WeekStart,
    runs: runs.map((run) => ({
      id: run.id,
      date: run.localDate,
      km: run.distanceM / 1000,
      shoeId: run.shoeId,
      pain: painByRun.get(run.id) ?? [],
    })),
    painDays,
    shoes: shoes.map((shoe) => ({
      id: shoe.id,
      startKm: shoe.startMeters / 1000,
      retireKm: shoe.retireMeters / 1000,
      retired: shoe.retired,
    })),
  };
}
