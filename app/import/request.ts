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
