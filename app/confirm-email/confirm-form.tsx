"use client";

import { AccountForm } from "../_components/account-form";
import { confirmEmailAction } from "./actions";

/** A button rather than a change on opening the link: mail scanners open links on their own. */
export function ConfirmEmailForm({ token }: { token: string }) {
  return (
    <AccountForm action={confirmEmailAction} label="Confirm your new email" submit="Confirm this address" pendingText="Confirming…">
      {(errors) => (
        <>
          <input type="hidden" name="token" value={token} />
          {errors.token ? (
            <p className="notice error" role="alert">
              {errors.token}
            </p>
          ) : null}
        </>
      )}
    </AccountForm>
  );
}
