import Link from "next/link";
import { listTokens } from "@/lib/server/data/tokens";
import { requireUser } from "@/lib/server/session";
import { revokeApiToken } from "./token-actions";
import { TokenForm } from "./token-form";
import { TableWrap } from "../_components/table-wrap";

/** Personal access tokens for the JSON API (issue #6): create, see when each was last used, revoke. */
export async function TokensSection() {
  const user = await requireUser();
  const tokens = await listTokens(user.id);
  const format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: user.timezone });
  return (
    <section aria-labelledby="api-tokens">
      <h2 id="api-tokens">API tokens</h2>
      <p className="muted">
        Log runs and read alerts from a phone shortcut or a script: send a token as{" "}
        <code>Authorization: Bearer &lt;token&gt;</code>. Every endpoint is described in{" "}
        <Link href="/settings/api">the API reference</Link> (also as <a href="/api/v1/openapi.json">an OpenAPI document</a>). A token can do anything you can, so revoke one you
        no longer use.
      </p>
      {tokens.length === 0 ? (
        <p className="card">You have no tokens.</p>
      ) : (
        <TableWrap label="Your API tokens">
          <table>
            <caption className="visually-hidden">Your API tokens</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} data-testid="token-row" data-token-id={token.id}>
                  <th scope="row">
                    {token.name}
                    <div className="muted" style={{ fontWeight: 400 }}>
                      <code>{token.prefix}…</code>
                    </div>
                  </th>
                  <td>{format.format(token.createdAt)}</td>
                  <td>{token.lastUsedAt ? format.format(token.lastUsedAt) : "Never"}</td>
                  <td>
                    <form action={revokeApiToken.bind(null, token.id)}>
                      <button type="submit" className="secondary" aria-label={`Revoke ${token.name}`}>
                        Revoke
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <TokenForm />
    </section>
  );
}
