import type { Metadata } from "next";
import { linkProblem } from "@/lib/auth/account-link";
import { checkAccountLink } from "@/lib/server/data/account-links";
import { ResetPasswordForm } from "./reset-form";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

/** The link from a reset email (issue 19): works without a session, once, within the hour. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const state = typeof token === "string" ? await checkAccountLink("reset-password", token) : ({ ok: false, reason: "invalid" } as const);
  return (
    <div className="card" style={{ maxWidth: "28rem", margin: "1rem auto" }}>
      <h1>Choose a new password</h1>
      {state.ok ? (
        <>
          <p>For {state.user.email}. Every device signed in to this account will be signed out.</p>
          <ResetPasswordForm token={token as string} />
        </>
      ) : (
        <p role="status">
          {linkProblem(state.reason)} <a href="/forgot-password">Send a new link</a>
        </p>
      )}
    </div>
  );
}
