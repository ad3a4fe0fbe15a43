import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { configuredOAuthProviders } from "@/lib/server/auth";
import { getUserId } from "@/lib/server/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  if (await getUserId()) redirect("/");
  const { callbackUrl } = await searchParams;
  // Only same-site paths: an open redirect would let a link send runners anywhere after sign-in.
  const safeCallback = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  return (
    <div className="card" style={{ maxWidth: "28rem", margin: "1rem auto" }}>
      <h1>Sign in</h1>
      <SignInForm callbackUrl={safeCallback} providers={configuredOAuthProviders()} />
      <p>
        New here? <a href="/signup">Create an account</a>
      </p>
    </div>
  );
}
