import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { configuredOAuthProviders } from "@/lib/server/auth";
import { getCurrentUser } from "@/lib/server/session";
import { safeCallbackPath } from "@/lib/sign-in-redirect";
import { AccountNotice } from "./account-notice";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string; reset?: string; deleted?: string }>;
}) {
  // A session for an account that no longer exists (say, after restoring an older backup) is no
  // session: redirecting it to the dashboard would send it straight back here.
  if (await getCurrentUser()) redirect("/");
  const params = await searchParams;
  const safeCallback = safeCallbackPath(params.callbackUrl);
  return (
    <div className="card" style={{ maxWidth: "28rem", margin: "1rem auto" }}>
      <h1>Sign in</h1>
      <AccountNotice reset={params.reset === "1"} deleted={params.deleted === "1"} />
      <SignInForm callbackUrl={safeCallback} providers={configuredOAuthProviders()} />
      <p>
        <a href="/forgot-password">Forgotten your password?</a>
      </p>
      <p>
        New here? <a href="/signup">Create an account</a>
      </p>
    </div>
  );
}
