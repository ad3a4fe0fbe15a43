import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { Settings } from "../../validation/account";
import { db } from "../db";
import { hashPassword } from "../passwords";
import { admitNewAccount, roleForNewAccount } from "./admission";
import { InputError } from "./errors";
import { changeLog } from "./log-change";

/**
 * Creates the account, or does nothing when the email has one already: the password is hashed either
 * way, so the answer takes as long for both (issue 20). Returns whether an account was created. The
 * SIGNUP mode and the invite are checked, and the invite used up, with the insert (issue 19); a refusal
 * is an InputError that says why.
 */
export async function createUser(input: { email: string; password: string; timezone: string; invite?: string }): Promise<{ created: boolean }> {
  const passwordHash = await hashPassword(input.password);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) return { created: false };
  try {
    await db.$transaction(async (tx) => {
      const refusal = await admitNewAccount(tx, input.invite);
      if (refusal) throw new InputError({ email: refusal });
      await tx.user.create({
        data: { email: input.email, passwordHash, timezone: input.timezone, role: await roleForNewAccount(tx) },
        select: { id: true },
      });
    });
  } catch (error) {
    // The same address signed up at the same moment: the other sign-up made the account.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { created: false };
    throw error;
  }
  return { created: true };
}

/** Time zone and week start change which week a run falls in, so alerts are recomputed. */
export async function updateSettings(userId: string, settings: Settings) {
  const user = await db.user.update({ where: { id: userId }, data: settings });
  await changeLog(user, async () => undefined);
}
