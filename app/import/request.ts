import "server-only";
import { IMPORT_HEADER } from "@/lib/import/events";
import { findImportOwner, type ImportOwner } from "@/lib/server/data/import";
import { getUserId } from "@/lib/server/session";

export function jsonError(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { "cache-control": "no-store" } });
}

/** The signed-in owner, or the error response to send instead. */
export async function importOwnerOf(request: Request): Promise<{ owner: ImportOwner } | { response: Response }> {
  const userId = await getUserId();
  const owner = userId ? await findImportOwner(userId) : null;
  if (!owner) return { response: jsonError(401, "Sign in to import runs.") };
  if (request.headers.get(IMPORT_HEADER) !== "1") return { response: jsonError(403, "Import from the import page.") };
  return { owner };
}

/** The body, or null once it passes maxBytes (also when Content-Length is absent or wrong). */
export async function readBodyLimited(request: Request, maxBytes: number): Promise<Uint8Array | null> {
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
