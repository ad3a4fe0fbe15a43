"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import type { FieldErrors } from "@/lib/validation/errors";
import { describedBy, Field } from "../../_components/field";
import { emptyPain, PainFields, type PainValues } from "../../runs/pain-fields";
import { NewAlerts } from "../../runs/new-alerts";
import type { SavedAlert } from "../../runs/saved-alerts";
import { savePainDay } from "../actions";

// Pain on a day off is most often noticed on waking.
const REST_DAY_TIMING = "next_morning";

/** Logs pain on a rest day, or (with painId and initial) corrects an entry and goes back to the list. */
export function PainDayForm({
  today,
  painId = null,
  initial,
}: {
  today: string;
  painId?: string | null;
  initial?: { date: string; pain: PainValues };
}) {
  const router = useRouter();
  const [date, setDate] = useState(initial?.date ?? today);
  const [pain, setPain] = useState(initial?.pain ?? emptyPain(REST_DAY_TIMING));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<SavedAlert[] | null>(null);
  const [pending, startTransition] = useTransition();

  // The pain fields name their errors like a run's first pain entry.
  const painErrors = Object.fromEntries(Object.entries(errors).map(([k, v]) => [`pain.0.${k}`, v]));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await savePainDay(painId, { ...pain, date });
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setSaved(null);
        return;
      }
      if (painId) {
        router.push(`/pain/new?updated=${result.newAlerts.length > 0 ? "raised" : "1"}`);
        return;
      }
      setErrors({});
      setPain(emptyPain(REST_DAY_TIMING));
      setSaved(result.newAlerts);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={painId ? "Edit rest-day pain" : "Log pain on a rest day"}>
      {saved ? (
        <div role="status">
          <p className="notice success">Pain saved.</p>
          <NewAlerts newAlerts={saved} subject="This pain" />
        </div>
      ) : null}
      {errors.form ? (
        <p className="notice error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <Field id="pain-date" label="Date" error={errors.date}>
        <input {...describedBy("pain-date", errors.date)} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </Field>
      <PainFields index={0} value={pain} errors={painErrors} onChange={setPain} restDay />
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : painId ? "Save changes" : "Save pain"}
        </button>
        {painId ? (
          <Link className="button secondary" href="/pain/new">
            Cancel
          </Link>
        ) : null}
      </div>
    </form>
  );
}

