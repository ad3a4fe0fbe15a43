// New accounts (issue 19): whether one may be created under the SIGNUP mode, the invites that let
// one in, and the role it gets. Not "server-only": it takes its client or transaction, like the
// command line's. The first account on an empty database becomes the instance's admin.
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "../../generated/prisma/client";
import {
  INVITE_NEEDED_MESSAGE,
  INVITE_UNUSABLE_MESSAGE,
  SIGNUP_CLOSED_MESSAGE,
  readSignupMode,
  type SignupMode,
} from "../signup-mode";

type Tx = Prisma.TransactionClient;

export const INVITE_LIFETIME_DAYS = 7;
const INVITE_PATTERN = /^inv_[A-Za-z0-9_-]{32}$/;

function hashInvite(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** "admin" for the first account of the instance, "runner" after that. */
export async function roleForNewAccount(tx: Tx): Promise<"admin" | "runner"> {
  return (await tx.user.count()) === 0 ? "admin" : "runner";
}

/** Why sign-up is refused for this invite (or none) under `mode`, or null when it may go ahead. */
export async function signupRefusal(tx: Tx, invite: string | undefined, mode: SignupMode = readSignupMode().mode): Promise<string | null> {
  if (mode === "open") return null;
  if (mode === "closed") return SIGNUP_CLOSED_MESSAGE;
  if (!invite) return INVITE_NEEDED_MESSAGE;
  if (!INVITE_PATTERN.test(invite)) return INVITE_UNUSABLE_MESSAGE;
  const usable = await tx.invite.count({ where: { tokenHash: hashInvite(invite), usedAt: null, expiresAt: { gt: new Date() } } });
  return usable === 1 ? null : INVITE_UNUSABLE_MESSAGE;
}

/**
 * Admits one new account, inside the transaction that creates it: under SIGNUP=invite the invite is
 * used up here (a conditional update, so two sign-ups with one link cannot both get in). Returns the
 * refusal message, or null.
 */
export async function admitNewAccount(tx: Tx, invite: string | undefined, mode: SignupMode = readSignupMode().mode): Promise<string | null> {
  const refusal = await signupRefusal(tx, invite, mode);
  if (refusal || mode !== "invite") return refusal;
  const { count } = await tx.invite.updateMany({
    where: { tokenHash: hashInvite(invite!), usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  return count === 1 ? null : INVITE_UNUSABLE_MESSAGE;
}

/** A new invite; the token is returned this once (only its hash is kept), for the link /signup?invite=... */
export async function createInvite(tx: Tx, adminId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = `inv_${randomBytes(24).toString("base64url")}`;
  const expiresAt = new Date(now.getTime() + INVITE_LIFETIME_DAYS * 24 * 3600_000);
  await tx.invite.create({ data: { tokenHash: hashInvite(token), createdById: adminId, expiresAt } });
  return { token, expiresAt };
}
