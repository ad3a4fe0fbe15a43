import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { Alert } from "../../analysis/types";

/**
 * Exactly once for entries that carry a client-generated key (the `Idempotency-Key` header, the
 * offline outbox): the same entry sent twice (a retry after a lost response, two tabs, a replayed
 * sync) is stored once, and the second send is answered with what the first one stored.
 *
 * The key lives on the stored row, unique per runner, so it goes with the row (and with the account).
 * Two sends racing past the first look-up meet the unique index: the loser reads the winner's row.
 */
export async function onceByKey<T>(
  clientKey: string | undefined,
  stored: (clientKey: string) => Promise<T | null>,
  create: () => Promise<{ result: T; newAlerts: Alert[] }>,
): Promise<{ result: T; newAlerts: Alert[]; replayed: boolean }> {
  if (clientKey) {
    const earlier = await stored(clientKey);
    if (earlier) return { result: earlier, newAlerts: [], replayed: true };
  }
  try {
    return { ...(await create()), replayed: false };
  } catch (error) {
    if (!clientKey || !isUniqueViolation(error)) throw error;
    const winner = await stored(clientKey);
    if (!winner) throw error;
    return { result: winner, newAlerts: [], replayed: true };
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
