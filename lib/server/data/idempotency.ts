import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { Alert } from "../../analysis/types";

type Tx = Prisma.TransactionClient;

/** What a first save stored, as the look-up by key reads it back: the row and the alerts it raised. */
export type KeptEntry<T> = { row: T; raisedAlerts: string | null };

/**
 * Exactly once for entries that carry a client-generated key (the `Idempotency-Key` header, the
 * offline outbox): the same entry sent twice (a retry after a lost response, two tabs, a replayed
 * sync, the page and the service worker) is stored once, and the second send is answered with what
 * the first one stored and the alerts it raised, so a runner whose first answer was lost still sees them.
 *
 * The key lives on the stored row, unique per runner, so it goes with the row (and with the account).
 * Two sends racing past the first look-up meet the unique index: the loser reads the winner's row.
 * `create` writes the raised alerts onto the row (`rememberRaised`) in the transaction that stores it.
 */
export async function onceByKey<T>(
  clientKey: string | undefined,
  stored: (clientKey: string) => Promise<KeptEntry<T> | null>,
  create: () => Promise<{ result: T; newAlerts: Alert[] }>,
): Promise<{ result: T; newAlerts: Alert[]; replayed: boolean }> {
  if (clientKey) {
    const earlier = await stored(clientKey);
    if (earlier) return replay(earlier);
  }
  try {
    return { ...(await create()), replayed: false };
  } catch (error) {
    if (!clientKey || !isUniqueViolation(error)) throw error;
    const winner = await stored(clientKey);
    if (!winner) throw error;
    return replay(winner);
  }
}

function replay<T>(kept: KeptEntry<T>): { result: T; newAlerts: Alert[]; replayed: true } {
  return { result: kept.row, newAlerts: kept.raisedAlerts ? (JSON.parse(kept.raisedAlerts) as Alert[]) : [], replayed: true };
}

/**
 * Keeps the alerts a keyed save raised on its row, for `onceByKey` to replay. A run keeps its
 * updatedAt: the replay answers with the very run the first post did.
 */
export async function rememberRaised(
  tx: Tx,
  row: { run: { id: string; updatedAt: Date } } | { painEntry: { id: string } },
  newAlerts: Alert[],
): Promise<void> {
  const raisedAlerts = JSON.stringify(newAlerts);
  if ("run" in row) {
    const { id, updatedAt } = row.run;
    await tx.run.update({ where: { id }, data: { raisedAlerts, updatedAt }, select: { id: true } });
  } else {
    await tx.painEntry.update({ where: { id: row.painEntry.id }, data: { raisedAlerts }, select: { id: true } });
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
