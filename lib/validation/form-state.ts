import type { FieldErrors } from "@/lib/validation/errors";

/** What an account form's action answers: field errors, or the message to show once it worked. */
export type FormState = { ok: boolean; fieldErrors: FieldErrors; message?: string };

export const initialFormState: FormState = { ok: false, fieldErrors: {} };
