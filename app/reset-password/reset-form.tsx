"use client";

import { MIN_PASSWORD_CHARS } from "@/lib/validation/limits";
import { AccountForm, PasswordInput } from "../_components/account-form";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  return (
    <AccountForm action={resetPasswordAction} label="Choose a new password" submit="Set new password" pendingText="Saving…">
      {(errors) => (
        <>
          <input type="hidden" name="token" value={token} />
          <PasswordInput name="newPassword" label="New password" errors={errors} autoComplete="new-password" hint={`At least ${MIN_PASSWORD_CHARS} characters.`} />
        </>
      )}
    </AccountForm>
  );
}
