// Reading an API request: the bearer token, the client's address and a size-limited JSON body.
// Pure Web APIs (Request, Headers), so the limits are unit-tested without a server.
import { isWellFormedJson } from "../validation/text";
import { ApiError } from "./errors";

export const MAX_JSON_BYTES = 1024 * 1024;
/** A whole log of years of running with notes fits well under this. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The token from `Authorization: Bearer <token>`, or null when the header is missing or another scheme. */
export function bearerToken(headers: Headers): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  return match?.[1] ?? null;
}

/**
 * The address to rate-limit by. Next.js fills `X-Forwarded-For` with the socket's address only when
 * the header is absent, so the last entry is the peer the nearest proxy (or Next itself) saw. A client
 * talking to Next directly can still send its own header, which is why the per-token limit, not this
 * one, is what protects a runner's data; this one caps anonymous and bad-token traffic.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}

export function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  const type = value.split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

function tooLarge(maxBytes: number) {
  return new ApiError("payload_too_large", `The body must be at most ${formatBytes(maxBytes)}`);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** Reads at most `maxBytes` (also when Content-Length lies or is absent) and parses them as JSON. */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  if (!isJsonContentType(request.headers.get("content-type"))) {
    throw new ApiError("unsupported_media_type", "Send the body as JSON with Content-Type: application/json");
  }
  const bytes = await readBodyUpTo(request, maxBytes);
  if (bytes === null) throw tooLarge(maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError("invalid_json", "The body is not valid UTF-8");
  }
  if (text.trim() === "") throw new ApiError("invalid_json", "The body is empty: send a JSON object");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError("invalid_json", "The body is not valid JSON");
  }
  // JSON's \u escapes can spell a lone surrogate, which no text field can store (issue 20).
  if (!isWellFormedJson(json)) throw new ApiError("invalid_json", "The body has text that is not well-formed Unicode (a lone surrogate such as \\ud800)");
  return json;
}

/** The body, or null once it passes maxBytes (also when Content-Length is absent or wrong). */
export async function readBodyUpTo(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Query parameters as a plain object for a schema; a repeated parameter keeps its last value. */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}
