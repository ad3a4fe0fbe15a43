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
import { useOutboxSave } from "../../_components/outbox/use-outbox-save";
import { KeptConfirmation } from "../../runs/saved-confirmation";

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
  const [kept, setKept] = useState(false);
  // A waiting outbox entry (/pain/new?outbox=<key>) opens with the server's words about it.
  const outbox = useOutboxSave("pain", painId === null, (entry) => {
    const { date: keptDate, ...keptPain } = entry.values as PainValues & { date: string };
    setDate(keptDate);
    setPain(keptPain);
    setErrors(entry.fieldErrors ?? (entry.message ? { form: entry.message } : {}));
  });

  // The pain fields name their errors like a run's first pain entry.
  const painErrors = Object.fromEntries(Object.entries(errors).map(([k, v]) => [`pain.0.${k}`, v]));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const values = { ...pain, date };
      const attempt = await outbox.save((clientKey) => savePainDay(painId, { ...values, clientKey }), values, false);
      if (attempt.kind === "kept") {
        setErrors({});
        setKept(true);
        return;
      }
      if (attempt.kind === "failed") {
        setErrors({ form: attempt.message });
        setSaved(null);
        return;
      }
      const result = attempt.result;
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
      outbox.next();
    });
  }

  if (kept) {
    return (
      <KeptConfirmation
        what="pain"
        onLogAnother={() => {
          outbox.next();
          setPain(emptyPain(REST_DAY_TIMING));
          setKept(false);
        }}
      />
    );
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

