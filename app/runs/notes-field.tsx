import { MAX_NOTES_CHARS } from "@/lib/validation/limits";
import { describedBy, Field } from "../_components/field";

const COUNT_FROM = Math.floor(MAX_NOTES_CHARS * 0.8);

/** The length check the server makes, made before sending: a note over the limit never leaves the phone. */
export function notesError(notes: string): string | undefined {
  return notes.length > MAX_NOTES_CHARS
    ? `Notes can be at most ${MAX_NOTES_CHARS.toLocaleString("en")} characters; this one has ${notes.length.toLocaleString("en")}. Nothing was saved, and the note is still here to shorten.`
    : undefined;
}

/** The notes, with their limit, and a counter once the limit nears. */
export function NotesField({ value, error, onChange }: { value: string; error?: string; onChange: (next: string) => void }) {
  const hint = (
    <>
      Up to {MAX_NOTES_CHARS.toLocaleString("en")} characters
      {value.length >= COUNT_FROM ? (
        <span aria-live="polite" data-testid="notes-count">
          {": "}
          {value.length.toLocaleString("en")} of {MAX_NOTES_CHARS.toLocaleString("en")}
        </span>
      ) : null}
    </>
  );
  return (
    <Field id="notes" label="Notes" error={error} hint={hint}>
      <textarea {...describedBy("notes", error, true)} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}
