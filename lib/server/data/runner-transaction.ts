import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { db } from "../db";
import { oneAtATime } from "../one-at-a-time";

/**
 * Prisma's defaults (2 s for a connection, 5 s for the transaction) fail a save on a busy server: the
 * row lock may be held by another server's save, and the pool may be busy with other runners'. A
 * save waits rather than being lost.
 */
const RUNNER_TRANSACTION = { maxWait: 10_000, timeout: 30_000 };

/**
 * A transaction that takes the runner's row lock (a log change, an alert refresh). One runner's
 * queue in this process before they take a connection: a burst for one runner (a sync, 20 clients at
 * once, pages opened while an import runs) holds one connection waiting on the row lock, not the
 * whole pool, and a queued one cannot run out of transaction time while it waits its turn.
 */
export function runnerTransaction<T>(userId: string, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return oneAtATime(`runner:${userId}`, () => db.$transaction(work, RUNNER_TRANSACTION));
}
