"use client";

import { useState } from "react";
import { createInviteAction, type InviteState } from "./actions";

/** Creates an invite and shows its link once, as a full address to copy. */
export function InviteForm() {
  const [invite, setInvite] = useState<InviteState>({});
  const [pending, setPending] = useState(false);
  async function create() {
    setPending(true);
    setInvite(await createInviteAction());
    setPending(false);
  }
  return (
    <>
      {invite.link ? (
        <div className="notice success" role="status">
          <p>Send this link to the runner you invite. It works once, until {new Date(invite.expiresAt!).toLocaleDateString()}, and is shown only now.</p>
          <label htmlFor="invite-link">Invite link</label>
          <input id="invite-link" readOnly value={new URL(invite.link, window.location.origin).toString()} onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      <button type="button" onClick={create} disabled={pending}>
        {pending ? "Creating…" : "Create invite link"}
      </button>
    </>
  );
}
