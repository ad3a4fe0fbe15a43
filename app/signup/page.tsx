import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { signupRefusal } from "@/lib/server/data/admission";
import { db } from "@/lib/server/db";
import { getCurrentUser } from "@/lib/server/session";
import { SignUpForm } from "./sign-up-form";
import { SignUpRefused } from "./sign-up-refused";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ invite?: string | string[] }> }) {
  if (await getCurrentUser()) redirect("/");
  // Issue 19: SIGNUP=closed, or =invite without a usable invite, shows why instead of the form.
  const { invite } = await searchParams;
  const inviteToken = typeof invite === "string" ? invite : undefined;
  const refusal = await signupRefusal(db, inviteToken);
  if (refusal) return <SignUpRefused message={refusal} />;
  return (
    <div className="card" style={{ maxWidth: "28rem", margin: "1rem auto" }}>
      <h1>Create your account</h1>
      <p className="muted">Log your runs and any pain, and Stridewise warns you before small problems grow.</p>
      <SignUpForm invite={inviteToken} />
      <p>
        Already have an account? <a href="/signin">Sign in</a>
      </p>
    </div>
  );
}
