import type { Metadata } from "next";
import { failedImports, listAccounts, listInvites, outboxState } from "@/lib/server/data/admin";
import { readEmailSetup } from "@/lib/server/email/config";
import { requireAdmin } from "@/lib/server/session";
import { readSignupMode } from "@/lib/server/signup-mode";
import { retryEmailAction } from "./actions";
import { InviteForm } from "./invite-form";

export const metadata: Metadata = { title: "Admin" };

const SIGNUP_TEXT = {
  open: "Anyone who reaches this server can create an account.",
  invite: "New runners need an invite link from an admin.",
  closed: "Nobody can sign up; create accounts with npm run user -- create EMAIL.",
} as const;

/**
 * The instance admin's page (issue 19): accounts, invites, the sign-up mode and the outbox. Counts
 * and dates only: an admin manages accounts, and never sees a runner's runs, pain or notes.
 */
export default async function AdminPage() {
  const admin = await requireAdmin();
  const [accounts, invites, outbox, imports] = await Promise.all([listAccounts(), listInvites(), outboxState(), failedImports()]);
  const signup = readSignupMode();
  const email = readEmailSetup();
  const format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: admin.timezone });
  return (
    <>
      <h1>Admin</h1>
      <section aria-labelledby="signup" className="card">
        <h2 id="signup" style={{ marginTop: 0 }}>
          Sign-up: {signup.mode}
        </h2>
        <p>{SIGNUP_TEXT[signup.mode]}</p>
        {signup.problem ? <p className="notice error">{signup.problem}</p> : null}
        <p className="hint">
          Set <code>SIGNUP=open</code>, <code>invite</code> or <code>closed</code> in the environment and restart to change it.
        </p>
      </section>

      <section aria-labelledby="accounts">
        <h2 id="accounts">Accounts ({accounts.length})</h2>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Accounts</caption>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Runs</th>
                <th scope="col">Rows stored</th>
                <th scope="col">Last activity</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <tr key={account.id} data-testid="account-row">
                  <th scope="row">{account.email}</th>
                  <td>{account.role}</td>
                  <td>{account.runs}</td>
                  <td>{account.rows}</td>
                  <td>{format.format(account.lastActivity)}</td>
                  <td>{format.format(account.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="hint">
          Reset a password, delete or promote an account with <code>npm run user</code> on the server.
        </p>
      </section>

      <section aria-labelledby="invites" className="card">
        <h2 id="invites" style={{ marginTop: 0 }}>
          Invites
        </h2>
        <InviteForm />
        {invites.length > 0 ? (
          <ul>
            {invites.map((invite) => (
              <li key={invite.id} data-testid="invite-row">
                Created {format.format(invite.createdAt)} by {invite.createdBy.email}:{" "}
                {invite.usedAt
                  ? `used ${format.format(invite.usedAt)}`
                  : invite.expired
                    ? "expired"
                    : `unused, expires ${format.format(invite.expiresAt)}`}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="outbox" className="card">
        <h2 id="outbox" style={{ marginTop: 0 }}>
          Email outbox
        </h2>
        <p>
          {email.configured ? "Email is on." : `Email is off: ${email.reason}`} Pending {outbox.counts.pending ?? 0}, sent{" "}
          {outbox.counts.sent ?? 0}, failed {outbox.counts.failed ?? 0}.
        </p>
        {outbox.failed.length > 0 ? (
          <div className="table-wrap">
            <table>
              <caption>Failed messages</caption>
              <thead>
                <tr>
                  <th scope="col">Queued</th>
                  <th scope="col">Kind</th>
                  <th scope="col">To</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Last error</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {outbox.failed.map((message) => (
                  <tr key={message.id} data-testid="failed-email" data-message-id={message.id}>
                    <td>{format.format(message.createdAt)}</td>
                    <td>{message.kind}</td>
                    <td>{message.toAddress}</td>
                    <td>{message.attempts}</td>
                    <td>{message.lastError}</td>
                    <td>
                      <form action={retryEmailAction.bind(null, message.id)}>
                        <button type="submit" className="secondary">
                          Retry
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="import-errors" className="card">
        <h2 id="import-errors" style={{ marginTop: 0 }}>
          Imports that failed ({imports.length})
        </h2>
        {imports.length === 0 ? (
          <p>No import has failed.</p>
        ) : (
          <ul>
            {imports.map((item) => (
              <li key={item.id} data-testid="failed-import">
                {format.format(item.createdAt)}, {item.account}, {item.via}
                {item.format ? ` (${item.format})` : ""}: {item.reason}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
