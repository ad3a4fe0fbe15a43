"use client";

import { MIN_PASSWORD_CHARS } from "@/lib/validation/limits";
import { AccountForm, PasswordInput } from "../../_components/account-form";
import { describedBy, Field } from "../../_components/field";
import { changeEmailAction, changePasswordAction, deleteAccountAction } from "./actions";

export function ChangePasswordForm({ hasPassword }: { hasPassword: boolean }) {
  return (
    <AccountForm action={changePasswordAction} label="Change password" submit="Change password" pendingText="Changing…">
      {(errors) => (
        <>
          {hasPassword ? <PasswordInput name="currentPassword" label="Current password" errors={errors} autoComplete="current-password" /> : null}
          <PasswordInput name="newPassword" label="New password" errors={errors} autoComplete="new-password" hint={`At least ${MIN_PASSWORD_CHARS} characters.`} />
        </>
      )}
    </AccountForm>
  );
}

export function ChangeEmailForm({ hasPassword, byLink }: { hasPassword: boolean; byLink: boolean }) {
  return (
    <AccountForm action={changeEmailAction} label="Change email" submit={byLink ? "Send confirmation link" : "Change email"} pendingText="Saving…">
      {(errors) => (
        <>
          <Field id="newEmail" label="New email" error={errors.newEmail}>
            <input {...describedBy("newEmail", errors.newEmail)} name="newEmail" type="email" autoComplete="email" required />
          </Field>
          {hasPassword ? <PasswordInput name="currentPassword" id="email-currentPassword" label="Current password" errors={errors} autoComplete="current-password" /> : null}
        </>
      )}
    </AccountForm>
  );
}

export function DeleteAccountForm({ hasPassword }: { hasPassword: boolean }) {
  return (
    <AccountForm action={deleteAccountAction} label="Delete account" submit="Delete my account and all its data" pendingText="Deleting…" danger>
      {(errors) =>
        hasPassword ? (
          <PasswordInput name="confirmation" label="Your password" errors={errors} autoComplete="current-password" />
        ) : (
          <Field id="confirmation" label="Type your email address" error={errors.confirmation}>
            <input {...describedBy("confirmation", errors.confirmation)} name="confirmation" type="email" autoComplete="off" required />
          </Field>
        )
      }
    </AccountForm>
  );
}
