import type { z } from "zod";

export type FieldErrors = Record<string, string>;

export type ParseResult<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors };

/** The first message for each field, keyed by its dotted path ("pain.0.score"). */
export function toFieldErrors(error: z.ZodError, rename: Record<string, string> = {}): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "form";
    const field = rename[path] ?? path;
    fieldErrors[field] ??= issue.message;
  }
  return fieldErrors;
}
