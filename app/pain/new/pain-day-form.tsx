"use client";

import { useState, useTransition, type FormEvent } from "react";
import type { FieldErrors } from "@/lib/validation/errors";
import { describedBy, Field } from "../../_components/field";
import { emptyPain, PainFields } from "../../runs/pain-fields";
import { savePainDay } from "../actions";

// Pain on a day off is most often noticed on waking.
const REST_DAY_TIMING = "next_morning";

export function PainDayForm({ today }: { today: string }) {
  const [date, setDate] = useState(today);
  const [pain, setPain] = useState(emptyPain(REST_DAY_TIMING));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  // The pain fields name their errors like a run's first pain entry.
  const painErrors = Object.fromEntries(Object.entries(errors).map(([k, v]) => [`pain.0.${k}`, v]));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await savePainDay({ ...pain, date });
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setMessage(null);
        return;
      }
      setErrors({});
      setPain(emptyPain(REST_DAY_TIMING));
      setMessage(
        result.raised > 0 ? "Pain saved. It raised a warning: see Alerts." : "Pain saved.",
      );
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Log pain on a rest day">
      {message ? (
        <p className="notice success" role="status">
          {message}
        </p>
      ) : null}
      <Field id="pain-date" label="Date" error={errors.date}>
        <input {...describedBy("pain-date", errors.date)} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </Field>
      <PainFields index={0} value={pain} errors={painErrors} onChange={setPain} />
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save pain"}
        </button>
      </div>
    </form>
  );
}
