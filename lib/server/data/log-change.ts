import "server-only";
import type { Alert } from "../../analysis/types";
import type { Prisma, User } from "../../generated/prisma/client";
import { db } from "../db";
import { oneAtATime } from "../one-at-a-time";
import { lockRunner, refreshAlerts } from "./alerts";

type Tx = Prisma.TransactionClient;
type Owner = Pick<User, "id" | "timezone" | "weekStartsOn">;

/**
 * Every change to a runner's log goes through here: the write, the log version bump and the alert
 * recomputation commit together or not at all. The runner's row is locked first, so two saves for one
 * runner (from two app servers on PostgreSQL) run one after the other instead of colliding. `raised`,
 * when given, sees the alerts the write raised in the same transaction (a keyed save keeps them for
 * its replays).
 */
export async function changeLog<T>(
  user: Owner,
  write: (tx: Tx) => Promise<T>,
  raised?: (tx: Tx, result: T, newAlerts: Alert[]) => Promise<void>,
): Promise<{ result: T; newAlerts: Alert[] }> {
  // One runner's changes queue in this process before they take a connection: a burst of saves for
  // one runner (a sync, or 20 clients at once) holds one connection waiting on the row lock, not the
  // whole pool, and a queued save cannot run out of transaction time while it waits its turn.
  return oneAtATime(`log:${user.id}`, () =>
    db.$transaction(async (tx) => {
      await lockRunner(tx, user.id, { bumpLogVersion: true });
      const result = await write(tx);
      const newAlerts = await refreshAlerts(tx, user);
      if (raised) await raised(tx, result, newAlerts);
      return { result, newAlerts };
    }, LOG_CHANGE_TRANSACTION),
  );
}

/**
 * Prisma's defaults (2 s for a connection, 5 s for the transaction) fail a save on a busy server: the
 * row lock may be held by another server's save, and the pool may be busy with other runners'. A
 * save waits rather than being lost.
 */
const LOG_CHANGE_TRANSACTION = { maxWait: 10_000, timeout: 30_000 };
