import { z } from "zod";
import { formatMegabytes, MAX_ZIP_BYTES, UPLOAD_PART_BYTES } from "@/lib/import/limits";
import type { ImportEvent } from "@/lib/import/events";
import type { ImportOwner } from "@/lib/server/data/import";
import { importAndRecord } from "@/lib/server/data/import-history";
import { addPart } from "@/lib/server/data/upload-parts";
import { db } from "@/lib/server/db";
import { readBodyUpTo } from "@/lib/api/request";
import { importOwnerOf, jsonError } from "../request";

export const dynamic = "force-dynamic";

const QuerySchema = z.object({
  name: z.string().trim().min(1).max(255),
  // A file over one part is sent in parts, in order, under an id the uploader picks.
  upload: z.string().regex(/^[a-z0-9-]{8,64}$/).optional(),
  part: z.coerce.number().int().min(0).default(0),
  parts: z.coerce.number().int().min(1).max(Math.ceil(MAX_ZIP_BYTES / UPLOAD_PART_BYTES)).default(1),
});

/**
 * Imports one file sent as the raw request body (or the last of its parts). The answer is NDJSON:
 * progress lines while a big export is written, then one line with the file's report.
 */
export async function POST(request: Request) {
  const auth = await importOwnerOf(request);
  if ("response" in auth) return auth.response;
  const params = new URL(request.url).searchParams;
  const query = QuerySchema.safeParse(Object.fromEntries([...params].filter(([, value]) => value !== "")));
  if (!query.success || query.data.part >= query.data.parts || (query.data.parts > 1 && !query.data.upload)) {
    return jsonError(400, "Send the file's name as ?name=, and for a file in parts its upload id, part and parts.");
  }
  const bytes = await readBodyUpTo(request, UPLOAD_PART_BYTES);
  if (!bytes) return jsonError(413, `The request is larger than one upload part (${formatMegabytes(UPLOAD_PART_BYTES)}): send the file in parts.`);
  // A body cut short on the way (a proxy's limit) must not be read as a corrupt file.
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > bytes.length) {
    return jsonError(413, "Only part of the upload reached the server: a proxy in between limits the size of requests.");
  }

  const { name, upload, part, parts } = query.data;
  let file = bytes;
  if (parts > 1) {
    const result = await addPart(db, auth.owner.id, upload!, { name, part, parts }, bytes);
    if (result.status === "error") return jsonError(409, result.message);
    if (result.status === "partial") return Response.json({ received: part + 1 }, { status: 202 });
    file = result.bytes;
  }
  return streamImport(auth.owner, name, file);
}

function streamImport(owner: ImportOwner, name: string, bytes: Uint8Array): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ImportEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      try {
        const { report } = await importAndRecord(owner, "page", name, bytes, async (done, total) => {
          send({ type: "progress", done, total });
          // Lets the line go out before the next chunk's work starts.
          await new Promise((resolve) => setImmediate(resolve));
        });
        send({ type: "report", report });
      } catch (error) {
        console.error("import request failed", error);
        send({ type: "error", message: "The import failed on the server." });
      }
      controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "application/x-ndjson; charset=utf-8",
      // no-transform keeps compression from holding the progress lines back.
      "cache-control": "no-store, no-transform",
      "x-accel-buffering": "no",
    },
  });
}
