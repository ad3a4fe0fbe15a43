import type { Metadata } from "next";
import { readEmailConfig } from "@/lib/server/email/config";
import { ForgotPasswordForm } from "./forgot-form";

export const metadata: Metadata = { title: "Forgotten password" };
export const dynamic = "force-dynamic";

export default function ForgotPasswordPage() {
  return (
    <div className="card" style={{ maxWidth: "28rem", margin: "1rem auto" }}>
      <h1>Forgotten password</h1>
      {readEmailConfig() ? (
        <>
          <p>Enter the email of your account and we will send you a link to choose a new password.</p>
          <ForgotPasswordForm />
        </>
      ) : (
        <p role="status">
          This server does not send email. Ask the person who runs it to reset your password: they can with{" "}
          <code>npm run user -- reset-password your@email</code>.
        </p>
      )}
      <p>
        <a href="/signin">Back to sign in</a>
      </p>
    </div>
  );
}
