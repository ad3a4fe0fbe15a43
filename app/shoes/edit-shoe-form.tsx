"use client";

import { useActionState } from "react";
import type { Units } from "@/lib/units";
import { describedBy, Field } from "../_components/field";
import { editShoe, type ShoeFormState } from "./actions";

type Props = { shoeId: string; units: Units; name: string; startKm: string; retireKm: string };

/** Rename a pair, or change what it had on it before this log and when to retire it. */
export function EditShoeForm({ shoeId, units, name, startKm, retireKm }: Props) {
  const initial: ShoeFormState = { ok: false, fieldErrors: {}, values: { name, startKm, retireKm } };
  const [state, action, pending] = useActionState(editShoe.bind(null, shoeId), initial);
  const errors = state.fieldErrors;
  const values = state.values ?? {};
  return (
    <form action={action} className="card" noValidate aria-label="Change this shoe">
      {state.message ? (
        <p className={`notice ${state.ok ? "success" : "error"}`} role="status">
          {state.message}
        </p>
      ) : null}
      <Field id="edit-shoe-name" label="Name" error={errors.name}>
        <input {...describedBy("edit-shoe-name", errors.name)} name="name" autoComplete="off" defaultValue={values.name} required />
      </Field>
      <div className="row">
        <Field id="edit-shoe-start" label={units === "mi" ? "Miles before this log" : "Km before this log"} error={errors.startKm}>
          <input {...describedBy("edit-shoe-start", errors.startKm)} name="startKm" inputMode="decimal" defaultValue={values.startKm} />
        </Field>
        <Field id="edit-shoe-retire" label={`Retire at (${units})`} error={errors.retireKm}>
          <input {...describedBy("edit-shoe-retire", errors.retireKm)} name="retireKm" inputMode="decimal" defaultValue={values.retireKm} />
        </Field>
      </div>
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save changes"}
        </button>
      </div>
    </form>
  );
}
