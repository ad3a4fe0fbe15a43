import "server-only";
import { db } from "../db";
import { hashPassword, verifyPassword } from "../passwords";
import { InputError } from "./errors";

// Settings > Account (issue 19): the runner's own password, sessions and email address. Every
// function takes the signed-in user's id; each change that ends sessions bumps sessionVersion
// (lib/auth/session-version.ts) and returns the new version, so the caller can renew its own cookie.

const WRONG_PASSWORD = "That is not your current password";

/** Checks the current password; an account made through GitHub or Google has none to check. */
async function checkCurrentPassword(userId: string, password: string, field = "currentPassword") {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw new InputError({ [field]: WRONG_PASSWORD });
  if (user.passwordHash === null) return;
  if (!(await verifyPassword(password, user.passwordHash))) throw new InputError({ [field]: WRONG_PASSWORD });
}

/** A new password; every other session ends. */
export async function changePassword(userId: string, input: { currentPassword: string; newPassword: string }): Promise<number> {
  await checkCurrentPassword(userId, input.currentPassword);
  const user = await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return user.sessionVersion;
}

/** Ends every session of the account, this one included; optionally revokes the API tokens too. */
export async function signOutEverywhere(userId: string, options: { revokeTokens: boolean }): Promise<void> {
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } }),
    ...(options.revokeTokens
      ? [db.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } })]
      : []),
  ]);
}

async function emailTaken(email: string, userId: string): Promise<boolean> {
  const other = await db.user.findUnique({ where: { email }, select: { id: true } });
  return other !== null && other.id !== userId;
}

const TAKEN = "Another account uses this email";

/**
 * Without email on the server, a change of address is confirmed by the current password alone.
 * (With email, requestEmailChange sends a link to the new address instead.)
 */
export async function changeEmailNow(userId: string, input: { newEmail: string; currentPassword: string }): Promise<void> {
  await checkCurrentPassword(userId, input.currentPassword);
  if (await emailTaken(input.newEmail, userId)) throw new InputError({ newEmail: TAKEN });
  await db.user.update({ where: { id: userId }, data: { email: input.newEmail, pendingEmail: null } });
}

/** Records the address waiting for confirmation; the caller sends the link. */
export async function setPendingEmail(userId: string, input: { newEmail: string; currentPassword: string }) {
  await checkCurrentPassword(userId, input.currentPassword);
  if (await emailTaken(input.newEmail, userId)) throw new InputError({ newEmail: TAKEN });
  return db.user.update({
    where: { id: userId },
    data: { pendingEmail: input.newEmail },
    select: { id: true, pendingEmail: true },
  });
}

export async function cancelPendingEmail(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { pendingEmail: null } });
}

/** Deleting the account asks for the password (or, without one, the account's email typed out). */
export async function checkDeletionConfirmation(userId: string, confirmation: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) return;
  if (user.passwordHash === null) {
    if (confirmation.trim().toLowerCase() !== user.email) throw new InputError({ confirmation: "Type your email address to confirm" });
    return;
  }
  if (!(await verifyPassword(confirmation, user.passwordHash))) throw new InputError({ confirmation: WRONG_PASSWORD });
}
