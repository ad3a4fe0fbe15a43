"use server";

import { redirect } from "next/navigation";
import { deleteUserAndData } from "@/lib/server/data/account-deletion";
import { sendEmailChangeLink } from "@/lib/server/data/account-links";
import {
  cancelPendingEmail,
  changeEmailNow,
  changePassword,
  checkDeletionConfirmation,
  setPendingEmail,
  signOutEverywhere,
} from "@/lib/server/data/account";
import { InputError } from "@/lib/server/data/errors";
import { db } from "@/lib/server/db";
import { readEmailConfig } from "@/lib/server/email/config";
import { endSession, renewSession, requireUser } from "@/lib/server/session";
import { ChangeEmailSchema, ChangePasswordSchema, DeleteAccountSchema } from "@/lib/validation/account";
import { toFieldErrors } from "@/lib/validation/errors";
import type { FormState } from "@/lib/validation/form-state";

/** Runs a change and turns its InputError into field errors; anything else is a real failure. */
async function attempt(change: () => Promise<string>): Promise<FormState> {
  try {
    return { ok: true, fieldErrors: {}, message: await change() };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, fieldErrors: error.fieldErrors };
    throw error;
  }
}

export async function changePasswordAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = ChangePasswordSchema.safeParse({ currentPassword: form.get("currentPassword") ?? "", newPassword: form.get("newPassword") });
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error) };
  return attempt(async () => {
    await renewSession(await changePassword(user.id, parsed.data));
    return "Password changed. You are signed out on every other device.";
  });
}

export async function changeEmailAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = ChangeEmailSchema.safeParse({ newEmail: form.get("newEmail"), currentPassword: form.get("currentPassword") ?? "" });
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error) };
  if (parsed.data.newEmail === user.email) return { ok: false, fieldErrors: { newEmail: "That is your email already" } };
  return attempt(async () => {
    // With email on, the new address proves itself by its link; without, the password is the proof.
    if (!readEmailConfig()) {
      await changeEmailNow(user.id, parsed.data);
      return `Your email is now ${parsed.data.newEmail}.`;
    }
    await setPendingEmail(user.id, parsed.data);
    await sendEmailChangeLink(user.id);
    return `We sent a link to ${parsed.data.newEmail}. Your email changes when you open it, within the hour.`;
  });
}

export async function cancelEmailChangeAction(): Promise<void> {
  const user = await requireUser();
  await cancelPendingEmail(user.id);
  redirect("/settings/account");
}

export async function signOutEverywhereAction(form: FormData): Promise<void> {
  const user = await requireUser();
  await signOutEverywhere(user.id, { revokeTokens: form.get("revokeTokens") === "on" });
  await endSession();
  redirect("/signin");
}

export async function deleteAccountAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = DeleteAccountSchema.safeParse({ confirmation: form.get("confirmation") ?? "" });
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error) };
  const checked = await attempt(async () => {
    await checkDeletionConfirmation(user.id, parsed.data.confirmation);
    return "";
  });
  if (!checked.ok) return checked;
  await deleteUserAndData(db, user.id);
  await endSession();
  redirect("/signin?deleted=1");
}
