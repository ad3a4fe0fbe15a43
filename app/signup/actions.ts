"use server";

import { headers } from "next/headers";
import { clientAddress } from "@/lib/api/request";
import { InputError } from "@/lib/server/data/errors";
import { createUser } from "@/lib/server/data/users";
import { takeSignUpAttempt } from "@/lib/server/sign-up-guard";
import { toFieldErrors, type FieldErrors } from "@/lib/validation/errors";
import { SignUpSchema } from "@/lib/validation/account";

export type SignUpState = { ok: true } | { ok: false; fieldErrors: FieldErrors };

/**
 * A new address and one that has an account get the same answer after the same work (a password hash),
 * so sign-up does not tell who has an account; the form then signs in, which only works for the
 * account's own password. Attempts are limited per client address.
 */
export async function signUp(raw: unknown): Promise<SignUpState> {
  const wait = takeSignUpAttempt(clientAddress(await headers()));
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60);
    return { ok: false, fieldErrors: { form: `Too many sign-ups from this address. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.` } };
  }
  const parsed = SignUpSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error) };
  try {
    await createUser(parsed.data);
  } catch (error) {
    // Issue 19: sign-up closed, or an invite that is missing, used or expired, says why.
    if (error instanceof InputError) return { ok: false, fieldErrors: error.fieldErrors };
    throw error;
  }
  return { ok: true };
}
