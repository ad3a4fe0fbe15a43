"use client";

import { useActionState, type ReactNode } from "react";
import type { FieldErrors } from "@/lib/validation/errors";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { describedBy, Field } from "./field";

type Action = (previous: FormState, form: FormData) => Promise<FormState>;

/** One account form: its fields, a notice once it worked, and a submit button. */
export function AccountForm({
  action,
  label,
  submit,
  pendingText,
  danger,
  children,
}: {
  action: Action;
  label: string;
  submit: string;
  pendingText: string;
  danger?: boolean;
  children: (errors: FieldErrors) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate aria-label={label}>
      {state.ok && state.message ? (
        <p className="notice success" role="status">
          {state.message}
        </p>
      ) : null}
      {children(state.fieldErrors)}
      <div className="actions">
        <button type="submit" className={danger ? "danger" : undefined} disabled={pending}>
          {pending ? pendingText : submit}
        </button>
      </div>
    </form>
  );
}

export function PasswordInput({ id, label, errors, autoComplete, hint }: { id: string; label: string; errors: FieldErrors; autoComplete: string; hint?: string }) {
  return (
    <Field id={id} label={label} error={errors[id]} hint={hint}>
      <input {...describedBy(id, errors[id], Boolean(hint))} name={id} type="password" autoComplete={autoComplete} required />
    </Field>
  );
}

