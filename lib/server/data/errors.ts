import type { FieldErrors } from "../../validation/errors";

/** Input that passed the schema but not the data rules (e.g. a shoe that is not yours). */
export class InputError extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super(Object.values(fieldErrors)[0] ?? "Invalid input");
    this.name = "InputError";
  }
}

/** A row that does not exist, or belongs to someone else: the same thing to the caller. */
export class NotFoundError extends Error {
  constructor(what = "Not found") {
    super(what);
    this.name = "NotFoundError";
  }
}
