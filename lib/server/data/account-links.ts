import "server-only";
import {
  emailChangeBinding,
  resetBinding,
  signAccountLink,
  verifyAccountLink,
  type AccountLinkPurpose,
} from "../../auth/account-link";
import { accountLinkUrl, buildAccountEmail } from "../../email/account-email";
import { Prisma } from "../../generated/prisma/client";
import { db } from "../db";
import { readEmailConfig, type EmailConfig } from "../email/config";
import { enqueueEmail } from "../email/outbox";
import { wakeServerEmailWorker } from "../email/start";
import { hashPassword } from "../passwords";
import { InputError } from "./errors";

// The links of lib/auth/account-link.ts, sent through the outbox and used once (issue 19).

type LinkUser = { id: string; email: string; sessionVersion: number; pendingEmail: string | null };
const linkUserFields = { id: true, email: true, sessionVersion: true, pendingEmail: true } as const;

function bindingFor(purpose: AccountLinkPurpose, user: LinkUser): string {
  return purpose === "reset-password" ? resetBinding(user) : emailChangeBinding(user);
}

async function sendLink(config: EmailConfig, purpose: AccountLinkPurpose, user: LinkUser, toAddress: string) {
  const token = signAccountLink(config.secret, { purpose, userId: user.id, binding: bindingFor(purpose, user) });
  const nonce = token.split(".")[3]!;
  const email = buildAccountEmail(purpose, accountLinkUrl(config.appUrl, purpose, token), toAddress);
  await enqueueEmail(db, { userId: user.id, kind: "account", dedupeKey: `account:${purpose}:${nonce}`, toAddress, ...email });
  wakeServerEmailWorker();
}

/**
 * Sends a reset link when an account has this address, and does nothing otherwise: the caller shows
 * the same answer either way. False only when email is off on this server.
 */
export async function requestPasswordReset(email: string): Promise<boolean> {
  const config = readEmailConfig();
  if (!config) return false;
  const user = await db.user.findUnique({ where: { email }, select: linkUserFields });
  if (user) await sendLink(config, "reset-password", user, user.email);
  return true;
}

/** Sends the confirmation link to the pending address just recorded. False when email is off. */
export async function sendEmailChangeLink(userId: string): Promise<boolean> {
  const config = readEmailConfig();
  if (!config) return false;
  const user = await db.user.findUnique({ where: { id: userId }, select: linkUserFields });
  if (!user?.pendingEmail) return false;
  await sendLink(config, "confirm-email", user, user.pendingEmail);
  return true;
}

export type LinkState = { ok: true; user: LinkUser; nonce: string } | { ok: false; reason: "invalid" | "expired" | "used" };

/** Whether a link still works: signed for this account as it is now, within its hour, not used. */
export async function checkAccountLink(purpose: AccountLinkPurpose, token: string, now = new Date()): Promise<LinkState> {
  const config = readEmailConfig();
  const userId = token.split(".")[1];
  if (!config || !userId) return { ok: false, reason: "invalid" };
  const user = await db.user.findUnique({ where: { id: userId }, select: linkUserFields });
  if (!user) return { ok: false, reason: "invalid" };
  const checked = verifyAccountLink(config.secret, token, purpose, bindingFor(purpose, user), now);
  if (!checked.ok) {
    // A used link's binding has changed too (a reset bumps the session version): say "used" for it.
    const used = await db.usedLink.count({ where: { nonce: token.split(".")[3] ?? "" } });
    return { ok: false, reason: used > 0 ? "used" : checked.reason };
  }
  if ((await db.usedLink.count({ where: { nonce: checked.link.nonce } })) > 0) return { ok: false, reason: "used" };
  return { ok: true, user, nonce: checked.link.nonce };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Records the link as used and makes its change, in one transaction: two clicks on one link (or two
 * tabs) make the change once. The second gets "used".
 */
async function spendLink(
  purpose: AccountLinkPurpose,
  token: string,
  change: (tx: Prisma.TransactionClient, user: LinkUser) => Promise<void>,
): Promise<LinkState> {
  const state = await checkAccountLink(purpose, token);
  if (!state.ok) return state;
  try {
    await db.$transaction(async (tx) => {
      await tx.usedLink.create({ data: { nonce: state.nonce, userId: state.user.id } });
      await change(tx, state.user);
    });
  } catch (error) {
    if (isUniqueViolation(error) && (await db.usedLink.count({ where: { nonce: state.nonce } })) > 0) {
      return { ok: false, reason: "used" };
    }
    throw error;
  }
  return state;
}

/** A new password from a reset link; every session ends. */
export async function resetPassword(token: string, newPassword: string): Promise<LinkState> {
  const passwordHash = await hashPassword(newPassword);
  return spendLink("reset-password", token, async (tx, user) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
  });
}

/** The pending address becomes the account's email. */
export async function confirmEmailChange(token: string): Promise<LinkState> {
  return spendLink("confirm-email", token, async (tx, user) => {
    const email = user.pendingEmail!;
    const other = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (other && other.id !== user.id) throw new InputError({ token: "Another account took this address in the meantime" });
    await tx.user.update({ where: { id: user.id }, data: { email, pendingEmail: null } });
  });
}
