import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/server/session";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/");
  return (
    <div className="card" style={{ maxWidth: "28rem", margin: "1rem auto" }}>
      <h1>Create your account</h1>
      <p className="muted">Log your runs and any pain, and Stridewise warns you before small problems grow.</p>
      <SignUpForm />
      <p>
        Already have an account? <a href="/signin">Sign in</a>
      </p>
    </div>
  );
}
