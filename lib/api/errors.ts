// The JSON API's one error shape (issue #6): `{ "error": { "code", "message", "fields"? } }`.
// Pure: the route wrapper in lib/server/api maps the data layer's errors onto these.
import type { z } from "zod";
import { toFieldErrors, type FieldErrors } from "../validation/errors";

export const API_ERROR_STATUS = {
  validation_failed: 400,
  invalid_json: 400,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
} as const;

export type ApiErrorCode = keyof typeof API_ERROR_STATUS;
export const API_ERROR_CODES = Object.keys(API_ERROR_STATUS) as [ApiErrorCode, ...ApiErrorCode[]];

export type ApiErrorBody = {
  error: { code: ApiErrorCode; message: string; fields?: FieldErrors };
};

/** An error that is meant for the client: its message is safe to show. */
export class ApiError extends Error {
  readonly status: number;

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.status = API_ERROR_STATUS[code];
  }

  toBody(): ApiErrorBody {
    const error: ApiErrorBody["error"] = { code: this.code, message: this.message };
    if (this.fields && Object.keys(this.fields).length > 0) error.fields = this.fields;
    return { error };
  }
}

/** Field errors from a schema, with the first one as the message so a script's log line says something. */
export function validationError(fields: FieldErrors): ApiError {
  const [field, message] = Object.entries(fields)[0] ?? ["form", "Invalid input"];
  const summary = field === "form" ? message : `${field}: ${message}`;
  return new ApiError("validation_failed", summary, fields);
}

export function fromZodError(error: z.ZodError): ApiError {
  return validationError(toFieldErrors(error));
}

/** A JSON response with the API's headers; `null` body gives an empty 204-style response. */
export function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}) {
  const status = init.status ?? 200;
  if (body === null) return new Response(null, { status, headers: init.headers });
  return Response.json(body, {
    status,
    headers: { "Cache-Control": "no-store", ...init.headers },
  });
}

export function errorResponse(error: ApiError, headers: Record<string, string> = {}): Response {
  return jsonResponse(error.toBody(), { status: error.status, headers: { ...error.headers, ...headers } });
}
