"use client";

import { AccountForm } from "../_components/account-form";
import { describedBy, Field } from "../_components/field";
import { requestResetAction } from "./actions";

export function ForgotPasswordForm() {
  return (
    <AccountForm action={requestResetAction} label="Reset your password" submit="Send reset link" pendingText="Sending…">
      {(errors) => (
        <Field id="email" label="Email" error={errors.email}>
          <input {...describedBy("email", errors.email)} name="email" type="email" autoComplete="email" required />
        </Field>
      )}
    </AccountForm>
  );
}
