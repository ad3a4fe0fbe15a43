import type { Metadata } from "next";
import { readEmailConfig } from "@/lib/server/email/config";
import { requireUser } from "@/lib/server/session";
import { ExportLinks } from "../export-section";
import { ChangeEmailForm, ChangePasswordForm, DeleteAccountForm } from "./account-forms";
import { cancelEmailChangeAction, signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Account" };

/** Settings > Account (issue 19): the runner's password, email, sessions, and the account itself. */
export default async function AccountPage() {
  const user = await requireUser();
  const hasPassword = user.passwordHash !== null;
  const byLink = readEmailConfig() !== null;
  return (
    <>
      <p>
        <a href="/settings">← Settings</a>
      </p>
      <h1>Account</h1>
      <p className="muted">Signed in as {user.email}</p>

      <section aria-labelledby="password" className="card">
        <h2 id="password" style={{ marginTop: 0 }}>
          {hasPassword ? "Change password" : "Set a password"}
        </h2>
        <p className="hint">Every other device signed in to this account is signed out; this one stays signed in.</p>
        <ChangePasswordForm hasPassword={hasPassword} />
      </section>

      <section aria-labelledby="email" className="card">
        <h2 id="email" style={{ marginTop: 0 }}>
          Change email
        </h2>
        {user.pendingEmail ? (
          <div className="notice" role="status">
            <p>Waiting for you to open the link sent to {user.pendingEmail}.</p>
            <form action={cancelEmailChangeAction}>
              <button type="submit" className="secondary">
                Cancel the change
              </button>
            </form>
          </div>
        ) : null}
        <p className="hint">
          {byLink
            ? "We send a link to the new address; your email changes when you open it."
            : "This server does not send email, so your password confirms the change."}
        </p>
        <ChangeEmailForm hasPassword={hasPassword} byLink={byLink} />
      </section>

      <section aria-labelledby="sessions" className="card">
        <h2 id="sessions" style={{ marginTop: 0 }}>
          Sign out everywhere
        </h2>
        <p>Ends every session of this account, on every device, this one included.</p>
        <form action={signOutEverywhereAction} aria-label="Sign out everywhere">
          <div className="field">
            <label>
              <input type="checkbox" name="revokeTokens" /> Also revoke every API token
            </label>
          </div>
          <button type="submit">Sign out everywhere</button>
        </form>
      </section>

      <section aria-labelledby="delete" className="card">
        <h2 id="delete" style={{ marginTop: 0 }}>
          Delete account
        </h2>
        <p>
          Deletes your account and everything in it: runs, pain, shoes, alerts, API tokens and queued email. It cannot be
          undone. Download your log first if you want to keep it:
        </p>
        <ExportLinks />
        <DeleteAccountForm hasPassword={hasPassword} />
      </section>
    </>
  );
}
