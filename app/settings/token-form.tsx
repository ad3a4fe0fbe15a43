"use client";

import { useActionState, useState } from "react";
import { describedBy, Field } from "../_components/field";
import { createApiToken, type CreateTokenState } from "./token-actions";

const initial: CreateTokenState = { ok: false, fieldErrors: {} };

export function TokenForm() {
  const [state, action, pending] = useActionState(createApiToken, initial);
  const errors = state.fieldErrors;
  return (
    <>
      {state.ok ? <NewToken key={state.token} name={state.name} token={state.token} /> : null}
      <form action={action} className="card" noValidate aria-label="Create an API token">
        <Field id="token-name" label="Token name" error={errors.name} hint="What will use it, e.g. “iPhone shortcut”.">
          <input {...describedBy("token-name", errors.name, true)} name="name" autoComplete="off" maxLength={60} required />
        </Field>
        <div className="actions">
          <button type="submit" disabled={pending}>
            {pending ? "Creating…" : "Create token"}
          </button>
        </div>
      </form>
    </>
  );
}

function NewToken({ name, token }: { name: string; token: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied(true);
    } catch {
      // No clipboard permission (e.g. plain http): the field is selectable, so the runner can copy by hand.
      setCopied(false);
    }
  }
  return (
    <div className="notice success" role="status">
      <p>
        Token “{name}” created. Copy it now: it is shown only once.
      </p>
      <Field id="new-token" label="Your new token">
        <input id="new-token" readOnly value={token} onFocus={(event) => event.currentTarget.select()} spellCheck={false} />
      </Field>
      <button type="button" className="secondary" onClick={copy}>
        {copied ? "Copied" : "Copy token"}
      </button>
    </div>
  );
}
