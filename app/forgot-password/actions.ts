"use server";

import { headers } from "next/headers";
import { clientAddress } from "@/lib/api/request";
import { takeResetRequest } from "@/lib/server/account-guard";
import { requestPasswordReset } from "@/lib/server/data/account-links";
import { ForgotPasswordSchema } from "@/lib/validation/account";
import { toFieldErrors } from "@/lib/validation/errors";
import type { FormState } from "@/lib/validation/form-state";

/** The same answer whether or not an account has the address: the page must not tell who has one. */
export async function requestResetAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = ForgotPasswordSchema.safeParse({ email: form.get("email") });
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error) };
  const wait = takeResetRequest(clientAddress(await headers()), parsed.data.email);
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60);
    return { ok: false, fieldErrors: { email: `Too many reset requests. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.` } };
  }
  if (!(await requestPasswordReset(parsed.data.email))) {
    return { ok: false, fieldErrors: { email: "This server does not send email: ask the person who runs it to reset your password." } };
  }
  return {
    ok: true,
    fieldErrors: {},
    message: `If an account uses ${parsed.data.email}, we have sent it a link to choose a new password. The link works once, within the hour.`,
  };
}
