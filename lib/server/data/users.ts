import "server-only";
import type { Settings } from "../../validation/account";
import { db } from "../db";
import { hashPassword } from "../passwords";
import { InputError } from "./errors";
import { changeLog } from "./log-change";

export async function createUser(input: { email: string; password: string; timezone: string }) {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new InputError({ email: "An account with this email already exists: sign in instead" });
  return db.user.create({
    data: {
      email: input.email,
      passwordHash: await hashPassword(input.password),
      timezone: input.timezone,
    },
    select: { id: true },
  });
}

/** Time zone and week start change which week a run falls in, so alerts are recomputed. */
export async function updateSettings(userId: string, settings: Settings) {
  const user = await db.user.update({ where: { id: userId }, data: settings });
  await changeLog(user, async () => undefined);
}
