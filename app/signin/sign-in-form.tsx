"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { describedBy, Field } from "../_components/field";

export function SignInForm({
  callbackUrl,
  providers,
}: {
  callbackUrl: string;
  providers: { id: string; name: string }[];
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok) {
      // A full navigation: router.push can reuse a prefetched pre-login redirect.
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(
      result?.status === 429
        ? "Too many failed sign-ins. Wait 15 minutes and try again."
        : "That email and password do not match an account.",
    );
  }

  return (
    <>
      <form onSubmit={onSubmit} noValidate>
        {error ? (
          <p className="notice error" role="status">
            {error}
          </p>
        ) : null}
        <Field id="email" label="Email">
          <input {...describedBy("email")} name="email" type="email" autoComplete="email" required />
        </Field>
        <Field id="password" label="Password">
          <input
            {...describedBy("password")}
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        </Field>
        <button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {providers.length > 0 ? (
        <div className="actions">
          {providers.map((provider) => (
            <button
              key={provider.id}
              type="button"
              className="secondary"
              onClick={() => signIn(provider.id, { callbackUrl })}
            >
              Sign in with {provider.name}
            </button>
          ))}
        </div>
      ) : null}
    </>
  );
}
