"use server";

import { revalidatePath } from "next/cache";
import { newInvite, retryFailedEmail } from "@/lib/server/data/admin";
import { NotFoundError } from "@/lib/server/data/errors";
import { wakeServerEmailWorker } from "@/lib/server/email/start";
import { requireAdmin } from "@/lib/server/session";

export type InviteState = { link?: string; expiresAt?: string };

/** The invite link goes back to this one response only; only its hash is stored. */
export async function createInviteAction(): Promise<InviteState> {
  const admin = await requireAdmin();
  const { token, expiresAt } = await newInvite(admin.id);
  revalidatePath("/admin");
  return { link: `/signup?invite=${token}`, expiresAt: expiresAt.toISOString() };
}

export async function retryEmailAction(messageId: string): Promise<void> {
  await requireAdmin();
  try {
    await retryFailedEmail(messageId);
    wakeServerEmailWorker();
  } catch (error) {
    // Retried twice (two tabs), or sent meanwhile: nothing left to do.
    if (!(error instanceof NotFoundError)) throw error;
  }
  revalidatePath("/admin");
}
