"use client";

import { useActionState } from "react";
import type { Settings } from "@/lib/validation/account";
import { describedBy, Field } from "../_components/field";
import { saveSettings, type SettingsState } from "./actions";

const initialState: SettingsState = { ok: false, fieldErrors: {} };

export function SettingsForm({ initial, timeZones }: { initial: Settings; timeZones: string[] }) {
  const [state, action, pending] = useActionState(saveSettings, initialState);
  const errors = state.fieldErrors;
  const zones = timeZones.includes(initial.timezone) ? timeZones : [initial.timezone, ...timeZones];
  return (
    <form action={action} className="card" noValidate aria-label="Settings">
      {state.message ? (
        <p className="notice success" role="status">
          {state.message}
        </p>
      ) : null}
      <Field id="units" label="Distance units" error={errors.units}>
        <select {...describedBy("units", errors.units)} name="units" defaultValue={initial.units}>
          <option value="km">Kilometres (km)</option>
          <option value="mi">Miles (mi)</option>
        </select>
      </Field>
      <Field id="timezone" label="Time zone" error={errors.timezone} hint="Your weeks and today's date follow it.">
        <select {...describedBy("timezone", errors.timezone, true)} name="timezone" defaultValue={initial.timezone}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </Field>
      <Field id="weekStartsOn" label="Weeks start on" error={errors.weekStartsOn}>
        <select {...describedBy("weekStartsOn", errors.weekStartsOn)} name="weekStartsOn" defaultValue={initial.weekStartsOn}>
          <option value="monday">Monday</option>
          <option value="sunday">Sunday</option>
        </select>
      </Field>
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save settings"}
        </button>
      </div>
    </form>
  );
}
