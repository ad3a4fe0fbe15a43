"use server";

import { linkProblem } from "@/lib/auth/account-link";
import { confirmEmailChange } from "@/lib/server/data/account-links";
import { InputError } from "@/lib/server/data/errors";
import type { FormState } from "@/lib/validation/form-state";

export async function confirmEmailAction(_previous: FormState, form: FormData): Promise<FormState> {
  const token = String(form.get("token") ?? "");
  try {
    const result = await confirmEmailChange(token);
    if (!result.ok) return { ok: false, fieldErrors: { token: linkProblem(result.reason) } };
    return { ok: true, fieldErrors: {}, message: `Your email is now ${result.user.pendingEmail}.` };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, fieldErrors: error.fieldErrors };
    throw error;
  }
}
