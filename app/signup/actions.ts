"use server";

import { InputError } from "@/lib/server/data/errors";
import { createUser } from "@/lib/server/data/users";
import { toFieldErrors, type FieldErrors } from "@/lib/validation/errors";
import { SignUpSchema } from "@/lib/validation/account";

export type SignUpState = { ok: true } | { ok: false; fieldErrors: FieldErrors };

export async function signUp(raw: unknown): Promise<SignUpState> {
  const parsed = SignUpSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error) };
  try {
    await createUser(parsed.data);
    return { ok: true };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, fieldErrors: error.fieldErrors };
    throw error;
  }
}
