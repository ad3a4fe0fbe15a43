import "server-only";
import type { Alert } from "../../analysis/types";
import type { Prisma, User } from "../../generated/prisma/client";
import { lockRunner, refreshAlerts } from "./alerts";
import { runnerTransaction } from "./runner-transaction";

type Tx = Prisma.TransactionClient;
type Owner = Pick<User, "id" | "timezone" | "weekStartsOn">;

/**
 * Every change to a runner's log goes through here: the write, the log version bump and the alert
 * recomputation commit together or not at all. The runner's row is locked first, so two saves for one
 * runner (from two app servers on PostgreSQL) run one after the other instead of colliding; the alert
 * refresh runs under that same lock. `raised`, when given, sees the alerts the write raised in the
 * same transaction (a keyed save keeps them for its replays).
 */
export async function changeLog<T>(
  user: Owner,
  write: (tx: Tx) => Promise<T>,
  raised?: (tx: Tx, result: T, newAlerts: Alert[]) => Promise<void>,
): Promise<{ result: T; newAlerts: Alert[] }> {
  return runnerTransaction(user.id, async (tx) => {
    await lockRunner(tx, user.id, { bumpLogVersion: true });
    const result = await write(tx);
    const newAlerts = await refreshAlerts(tx, user, { locked: true });
    if (raised) await raised(tx, result, newAlerts);
    return { result, newAlerts };
  });
}
