import "server-only";
import type { Settings } from "../../validation/account";
import { db } from "../db";
import { hashPassword } from "../passwords";
import { admitNewAccount, roleForNewAccount } from "./admission";
import { InputError } from "./errors";
import { changeLog } from "./log-change";

export async function createUser(input: { email: string; password: string; timezone: string; invite?: string }) {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new InputError({ email: "An account with this email already exists: sign in instead" });
  const passwordHash = await hashPassword(input.password);
  // Issue 19: the SIGNUP mode and the invite are checked, and the invite used up, with the insert.
  return db.$transaction(async (tx) => {
    const refusal = await admitNewAccount(tx, input.invite);
    if (refusal) throw new InputError({ email: refusal });
    return tx.user.create({
      data: { email: input.email, passwordHash, timezone: input.timezone, role: await roleForNewAccount(tx) },
      select: { id: true },
    });
  });
}

/** Time zone and week start change which week a run falls in, so alerts are recomputed. */
export async function updateSettings(userId: string, settings: Settings) {
  const user = await db.user.update({ where: { id: userId }, data: settings });
  await changeLog(user, async () => undefined);
}
