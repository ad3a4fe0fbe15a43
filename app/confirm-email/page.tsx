import type { Metadata } from "next";
import { linkProblem } from "@/lib/auth/account-link";
import { checkAccountLink } from "@/lib/server/data/account-links";
import { ConfirmEmailForm } from "./confirm-form";

export const metadata: Metadata = { title: "Confirm your new email", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

/** The link sent to a new address (issue 19): works without a session, once, within the hour. */
export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const state = typeof token === "string" ? await checkAccountLink("confirm-email", token) : ({ ok: false, reason: "invalid" } as const);
  return (
    <div className="card" style={{ maxWidth: "28rem", margin: "1rem auto" }}>
      <h1>Confirm your new email</h1>
      {state.ok ? (
        <>
          <p>Use {state.user.pendingEmail} as the email of your Stridewise account, instead of {state.user.email}?</p>
          <ConfirmEmailForm token={token as string} />
        </>
      ) : (
        <p role="status">{linkProblem(state.reason)}</p>
      )}
    </div>
  );
}
