"use client";

import { useActionState } from "react";
import type { Units } from "@/lib/units";
import { DEFAULT_RETIRE_KM } from "@/lib/validation/limits";
import { describedBy, Field } from "../_components/field";
import { addShoe, type ShoeFormState } from "./actions";

const initial: ShoeFormState = { ok: false, fieldErrors: {} };

export function AddShoeForm({ units }: { units: Units }) {
  const [state, action, pending] = useActionState(addShoe, initial);
  const errors = state.fieldErrors;
  const retireDefault = units === "mi" ? "497" : String(DEFAULT_RETIRE_KM);
  return (
    <form action={action} className="card" noValidate aria-label="Add a shoe">
      {state.message ? (
        <p className="notice success" role="status">
          {state.message}
        </p>
      ) : null}
      <Field id="shoe-name" label="Name" error={errors.name}>
        <input {...describedBy("shoe-name", errors.name)} name="name" autoComplete="off" defaultValue={state.values?.name} required />
      </Field>
      <div className="row">
        <Field id="shoe-start" label={units === "mi" ? "Miles so far" : "Km so far"} hint="What they had on them before this log" error={errors.startKm}>
          <input {...describedBy("shoe-start", errors.startKm, true)} name="startKm" inputMode="decimal" defaultValue={state.values?.startKm ?? "0"} />
        </Field>
        <Field id="shoe-retire" label={`Retire at (${units})`} error={errors.retireKm}>
          <input {...describedBy("shoe-retire", errors.retireKm)} name="retireKm" inputMode="decimal" defaultValue={state.values?.retireKm ?? retireDefault} />
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" name="isDefault" /> Use for new runs by default
      </label>
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add shoe"}
        </button>
      </div>
    </form>
  );
}
