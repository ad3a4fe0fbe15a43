import "server-only";
import type { Alert } from "../../analysis/types";
import type { Prisma, User } from "../../generated/prisma/client";
import { db } from "../db";
import { refreshAlerts } from "./alerts";

type Tx = Prisma.TransactionClient;
type Owner = Pick<User, "id" | "timezone" | "weekStartsOn">;

/**
 * Every change to a runner's log goes through here: the write, the log version bump and the alert
 * recomputation commit together or not at all.
 */
export async function changeLog<T>(
  user: Owner,
  write: (tx: Tx) => Promise<T>,
): Promise<{ result: T; newAlerts: Alert[] }> {
  return db.$transaction(async (tx) => {
    const result = await write(tx);
    await tx.user.update({ where: { id: user.id }, data: { logVersion: { increment: 1 } } });
    const newAlerts = await refreshAlerts(tx, user);
    return { result, newAlerts };
  });
}
