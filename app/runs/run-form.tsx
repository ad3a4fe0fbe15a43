"use client";

import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { RUN_TYPES } from "@/lib/analysis/types";
import { RUN_TYPE_LABEL } from "@/lib/pain-labels";
import { formatPace, parseDecimal, parseDuration, unitToMeters, type Units } from "@/lib/units";
import type { FieldErrors } from "@/lib/validation/errors";
import { describedBy, Field, SelectField } from "../_components/field";
import { saveRun } from "./actions";
import type { SavedAlert } from "./saved-alerts";
import { emptyPain, PainFields, type PainValues } from "./pain-fields";
import { KeptConfirmation, SavedConfirmation, savedAnnouncement } from "./saved-confirmation";
import { NotesField, notesError } from "./notes-field";
import { useOutboxSave } from "../_components/outbox/use-outbox-save";

export type RunFormInitial = {
  date: string;
  startTime: string;
  distance: string;
  duration: string;
  type: string;
  rpe: string;
  shoeId: string;
  notes: string;
  pain: PainValues[];
};

/** Stored by the server, or kept on the phone (no connection) until the outbox sends it. */
type Saved = { runId: string; newAlerts: SavedAlert[] } | { kept: true };

export function RunForm({
  runId,
  initial,
  units,
  shoes,
}: {
  runId: string | null;
  initial: RunFormInitial;
  units: Units;
  shoes: { id: string; name: string }[];
}) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<Saved | null>(null);
  // "Is 500 km right?": asked before a run far outside the runner's range is saved.
  const [question, setQuestion] = useState<string | null>(null);
  const questionRef = useRef<HTMLDivElement>(null);
  // Focus moves to the question once it is on the page (a transition may commit after the next frame).
  useEffect(() => {
    if (question) questionRef.current?.focus();
  }, [question]);
  const [pending, startTransition] = useTransition();
  // A waiting outbox entry (/runs/new?outbox=<key>) opens with the server's words about it.
  const outbox = useOutboxSave("run", runId === null, (entry) => {
    setValues({ ...initial, ...(entry.values as Partial<RunFormInitial>) });
    setQuestion(entry.confirm ?? null);
    setErrors(entry.confirm ? {} : (entry.fieldErrors ?? (entry.message ? { form: entry.message } : {})));
  });

  const set = <K extends keyof RunFormInitial>(key: K, next: RunFormInitial[K]) => {
    setQuestion(null);
    setValues((current) => ({ ...current, [key]: next }));
  };

  const distance = parseDecimal(values.distance);
  const seconds = parseDuration(values.duration);
  const pace =
    distance !== undefined && !Number.isNaN(distance) && seconds !== null
      ? formatPace(unitToMeters(distance, units), seconds, units)
      : null;

  // The new entry appears above the button: move focus into it, so keyboard and screen-reader users
  // land on "Where" rather than on the notes below.
  function addPain() {
    const index = values.pain.length;
    set("pain", [...values.pain, emptyPain()]);
    requestAnimationFrame(() => document.getElementById(`pain-${index}-location`)?.focus());
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(false);
  }

  function submit(confirmed: boolean) {
    const tooLong = notesError(values.notes);
    if (tooLong) {
      setErrors({ notes: tooLong });
      document.getElementById("notes")?.focus();
      return;
    }
    startTransition(async () => {
      const attempt = await outbox.save((clientKey) => saveRun(runId, { ...values, confirmed, clientKey }), values, confirmed);
      if (attempt.kind === "kept") {
        setErrors({});
        setQuestion(null);
        setSaved({ kept: true });
        return;
      }
      if (attempt.kind === "failed") {
        setErrors({ form: attempt.message });
        requestAnimationFrame(() => document.getElementById("run-form-errors")?.focus());
        return;
      }
      const result = attempt.result;
      if (!result.ok && "confirm" in result) {
        setErrors({});
        setQuestion(result.confirm);
        return;
      }
      if (!result.ok) {
        setErrors(result.fieldErrors);
        // Focus the first field in the form that needs a look, top to bottom, whatever order the
        // server named them in.
        const fields = Object.keys(result.fieldErrors)
          .map((key) => document.getElementById(key === "form" ? "run-form-errors" : fieldId(key)))
          .filter((element): element is HTMLElement => element !== null)
          .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
        fields[0]?.focus();
        return;
      }
      setErrors({});
      setQuestion(null);
      setSaved({ runId: result.runId, newAlerts: result.newAlerts });
    });
  }

  // On the page from the start, so the announcement is a change a screen reader reads out.
  const status = (
    <p role="status" className="visually-hidden" data-testid="save-status">
      {saved ? ("kept" in saved ? "Run kept on this phone, waiting to sync." : savedAnnouncement(runId !== null, saved.newAlerts.length)) : ""}
    </p>
  );

  const logAnother = () => {
    outbox.next();
    setValues({ ...initial, shoeId: values.shoeId });
    setSaved(null);
  };

  if (saved && "kept" in saved) {
    return (
      <>
        {status}
        <KeptConfirmation what="run" onLogAnother={logAnother} />
      </>
    );
  }

  if (saved) {
    return (
      <>
        {status}
        <SavedConfirmation
          edited={runId !== null}
          newAlerts={saved.newAlerts}
          onLogAnother={logAnother}
        />
      </>
    );
  }

  const errorCount = Object.keys(errors).length;
  const unit = units === "mi" ? "miles" : "km";

  return (
    <>
    {status}
    <form onSubmit={onSubmit} noValidate aria-label={runId ? "Edit run" : "Log a run"}>
      {errorCount > 0 ? (
        <p className="notice error" id="run-form-errors" tabIndex={-1}>
          {errors.form ?? `Nothing was saved: ${errorCount === 1 ? "one field needs" : `${errorCount} fields need`} a look.`}
        </p>
      ) : null}
      <div className="row">
        <Field id="date" label="Date" error={errors.date}>
          <input {...describedBy("date", errors.date)} type="date" value={values.date} onChange={(e) => set("date", e.target.value)} required />
        </Field>
        <Field id="startTime" label="Start time" hint="Optional" error={errors.startTime}>
          <input {...describedBy("startTime", errors.startTime, true)} type="time" value={values.startTime} onChange={(e) => set("startTime", e.target.value)} />
        </Field>
      </div>
      <div className="row">
        <Field id="distance" label={`Distance (${unit})`} error={errors.distance}>
          <input {...describedBy("distance", errors.distance)} inputMode="decimal" autoComplete="off" value={values.distance} onChange={(e) => set("distance", e.target.value)} required />
        </Field>
        <Field id="duration" label="Duration" error={errors.duration} hint="h:mm:ss or mm:ss, e.g. 45:30 or 4530">
          <input {...describedBy("duration", errors.duration, true)} inputMode="numeric" autoComplete="off" value={values.duration} onChange={(e) => set("duration", e.target.value)} />
        </Field>
      </div>
      <p className="pace" aria-live="polite">
        {pace ? `Pace ${pace}` : "Pace appears when distance and time are filled in"}
      </p>
      <div className="row">
        <SelectField id="type" label="Type" error={errors.type} value={values.type} choices={RUN_TYPES} labels={RUN_TYPE_LABEL}
          onChange={(next) => set("type", next)} />
        <Field id="rpe" label="Effort (1-10)" error={errors.rpe}>
          <input {...describedBy("rpe", errors.rpe)} inputMode="numeric" value={values.rpe} onChange={(e) => set("rpe", e.target.value)} />
        </Field>
        <Field id="shoeId" label="Shoe" error={errors.shoeId}>
          <select {...describedBy("shoeId", errors.shoeId)} value={values.shoeId} onChange={(e) => set("shoeId", e.target.value)}>
            <option value="">No shoe</option>
            {shoes.map((shoe) => (
              <option key={shoe.id} value={shoe.id}>
                {shoe.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <h2>Pain</h2>
      <p className="muted">Anything that hurt, even a little. It is how Stridewise spots pain that keeps coming back.</p>
      {values.pain.map((pain, index) => (
        <PainFields
          key={index}
          index={index}
          value={pain}
          errors={errors}
          onChange={(next) => set("pain", values.pain.map((p, i) => (i === index ? next : p)))}
          onRemove={() => set("pain", values.pain.filter((_, i) => i !== index))}
        />
      ))}
      <button type="button" className="secondary" onClick={addPain}>
        Add pain
      </button>
      <NotesField value={values.notes} error={errors.notes} onChange={(next) => set("notes", next)} />
      {question ? (
        <div className="notice warning-question" id="run-form-question" ref={questionRef} tabIndex={-1} role="group" aria-labelledby="run-form-question-text">
          <p id="run-form-question-text" style={{ marginTop: 0 }}>
            <strong>{question}</strong> Nothing is saved until you say so.
          </p>
          <div className="actions">
            <button type="button" disabled={pending} onClick={() => submit(true)}>
              Yes, save it
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setQuestion(null);
                document.getElementById("distance")?.focus();
              }}
            >
              Let me fix it
            </button>
          </div>
        </div>
      ) : null}
      <div className="actions sticky-actions">
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : runId ? "Save changes" : "Save run"}
        </button>
      </div>
    </form>
    </>
  );
}

function fieldId(errorKey: string | undefined): string {
  if (!errorKey) return "run-form-errors";
  const pain = /^pain\.(\d+)\.(\w+)$/.exec(errorKey);
  return pain ? `pain-${pain[1]}-${pain[2]}` : errorKey;
}
