// Reading a file posted to POST /api/v1/imports: the raw body (curl --data-binary, a shortcut's "File"
// body) with its name in ?name= or Content-Disposition, or a multipart form (curl -F, a shortcut's
// "Form" body) with the file in its first file field. Pure Web APIs, so it is unit-tested without a server.
import { ApiError } from "./errors";
import { readBodyUpTo } from "./request";

/** Room for the multipart boundaries and headers around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;
const MAX_NAME_CHARS = 255;

export type UploadedFile = { name: string; bytes: Uint8Array };

function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** The file name a client gave, without folders; "upload" when it gave none. */
export function uploadName(...candidates: (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    const base = candidate?.split(/[\\/]/).at(-1)?.trim();
    if (base) return base.slice(0, MAX_NAME_CHARS);
  }
  return "upload";
}

function dispositionName(header: string | null): string | undefined {
  if (!header) return undefined;
  const encoded = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim().replace(/^"|"$/g, ""));
    } catch {
      // fall through to the plain filename
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/i.exec(header)?.[1];
}

export async function readUploadedFile(request: Request, maxBytes: number): Promise<UploadedFile> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  const multipart = type === "multipart/form-data";
  const bytes = await readBodyUpTo(request, maxBytes + (multipart ? FORM_OVERHEAD_BYTES : 0));
  if (bytes === null) throw new ApiError("payload_too_large", `The file must be at most ${formatMegabytes(maxBytes)} (a zip; other files 25 MB)`);
  const query = new URL(request.url).searchParams.get("name");
  if (!multipart) {
    if (bytes.length === 0) throw new ApiError("validation_failed", "Send the file as the request body, or as a form with a file field", { file: "is missing" });
    return { name: uploadName(query, dispositionName(request.headers.get("content-disposition"))), bytes };
  }
  let form: FormData;
  try {
    form = await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), { headers: { "content-type": request.headers.get("content-type")! } }).formData();
  } catch {
    throw new ApiError("validation_failed", "The body is not a valid multipart form", { file: "is missing" });
  }
  const entries = [...form.entries()];
  const file = (form.get("file") instanceof File ? form.get("file") : entries.map(([, value]) => value).find((value) => value instanceof File)) as File | null | undefined;
  if (!file) throw new ApiError("validation_failed", "The form has no file: send it in a field named file", { file: "is missing" });
  if (file.size > maxBytes) throw new ApiError("payload_too_large", `The file must be at most ${formatMegabytes(maxBytes)}`);
  return { name: uploadName(query, file.name), bytes: new Uint8Array(await file.arrayBuffer()) };
}
