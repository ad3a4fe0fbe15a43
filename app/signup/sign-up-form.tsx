"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import type { FieldErrors } from "@/lib/validation/errors";
import { MIN_PASSWORD_CHARS } from "@/lib/validation/limits";
import { describedBy, Field } from "../_components/field";
import { signUp } from "./actions";

export function SignUpForm({ invite }: { invite?: string }) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  // A message goes once the field is being corrected, rather than staying until the next try.
  const clear = (field: string) =>
    setErrors((current) => (field in current ? Object.fromEntries(Object.entries(current).filter(([key]) => key !== field)) : current));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    const timezone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const result = await signUp({ email, password, timezone, invite });
    if (!result.ok) {
      setErrors(result.fieldErrors);
      setPending(false);
      return;
    }
    // An address that had an account already is not told so here; signing in works with its own password.
    const signedIn = await signIn("credentials", { email, password, redirect: false });
    window.location.assign(signedIn?.ok ? "/" : "/signin");
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {errors.form ? (
        <p className="notice error" role="status">
          {errors.form}
        </p>
      ) : null}
      <Field id="email" label="Email" error={errors.email}>
        <input {...describedBy("email", errors.email)} name="email" type="email" autoComplete="email" required onChange={() => clear("email")} />
      </Field>
      <Field
        id="password"
        label="Password"
        error={errors.password}
        hint={`At least ${MIN_PASSWORD_CHARS} characters.`}
      >
        <input
          {...describedBy("password", errors.password, true)}
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={MIN_PASSWORD_CHARS}
          required
          onChange={(event) => {
            if (event.target.value.length >= MIN_PASSWORD_CHARS) clear("password");
          }}
        />
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
