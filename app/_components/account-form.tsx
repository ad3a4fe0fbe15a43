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

/** A password field; `name` is the form field (and its error's key), `id` unique on the page. */
export function PasswordInput({
  name,
  id = name,
  label,
  errors,
  autoComplete,
  hint,
}: {
  name: string;
  id?: string;
  label: string;
  errors: FieldErrors;
  autoComplete: string;
  hint?: string;
}) {
  return (
    <Field id={id} label={label} error={errors[name]} hint={hint}>
      <input {...describedBy(id, errors[name], Boolean(hint))} name={name} type="password" autoComplete={autoComplete} required />
    </Field>
  );
}
