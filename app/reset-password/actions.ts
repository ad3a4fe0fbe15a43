"use server";

import { redirect } from "next/navigation";
import { linkProblem } from "@/lib/auth/account-link";
import { resetPassword } from "@/lib/server/data/account-links";
import { ResetPasswordSchema } from "@/lib/validation/account";
import { toFieldErrors } from "@/lib/validation/errors";
import type { FormState } from "@/lib/validation/form-state";

export async function resetPasswordAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = ResetPasswordSchema.safeParse({ token: form.get("token"), newPassword: form.get("newPassword") });
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error) };
  const result = await resetPassword(parsed.data.token, parsed.data.newPassword);
  if (!result.ok) return { ok: false, fieldErrors: { newPassword: linkProblem(result.reason) } };
  redirect("/signin?reset=1");
}
