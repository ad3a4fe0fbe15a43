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
    // Raw SQL: the query builder costs several times more, and this runs on every save (issue 8).
    await tx.$executeRaw`UPDATE "User" SET "logVersion" = "logVersion" + 1 WHERE id = ${user.id}`;
    const newAlerts = await refreshAlerts(tx, user);
    return { result, newAlerts };
  });
}
