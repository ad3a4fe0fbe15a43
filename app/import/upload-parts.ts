import "server-only";
import { formatMegabytes, MAX_ZIP_BYTES } from "@/lib/import/limits";

// A file larger than one upload part arrives as several requests, in order; this holds the parts until
// the last one. In memory, per server process: Stridewise runs as one process (self-hosted).

type Pending = { name: string; parts: number; next: number; chunks: Uint8Array[]; size: number; touched: number };

const pending = new Map<string, Pending>();
/** A client that stops sending (closed tab) leaves its parts behind for at most this long. */
const ABANDONED_AFTER_MS = 10 * 60_000;
const MAX_PENDING_PER_USER = 2;

export type PartResult = { status: "partial" } | { status: "complete"; bytes: Uint8Array } | { status: "error"; message: string };

function sweep(now: number) {
  for (const [key, upload] of pending) if (now - upload.touched > ABANDONED_AFTER_MS) pending.delete(key);
}

export function addPart(
  userId: string,
  uploadId: string,
  { name, part, parts }: { name: string; part: number; parts: number },
  bytes: Uint8Array,
): PartResult {
  const now = Date.now();
  sweep(now);
  const key = `${userId}:${uploadId}`;
  if (part === 0) {
    const mine = [...pending.keys()].filter((other) => other.startsWith(`${userId}:`)).length;
    if (mine >= MAX_PENDING_PER_USER) return { status: "error", message: "Another upload is still in progress: wait for it to finish." };
    pending.set(key, { name, parts, next: 0, chunks: [], size: 0, touched: now });
  }
  const upload = pending.get(key);
  if (!upload || upload.name !== name || upload.parts !== parts || upload.next !== part) {
    pending.delete(key);
    return { status: "error", message: "The upload's parts arrived out of order: try the file again." };
  }
  upload.chunks.push(bytes);
  upload.size += bytes.length;
  upload.next++;
  upload.touched = now;
  if (upload.size > MAX_ZIP_BYTES) {
    pending.delete(key);
    return { status: "error", message: `The file is larger than ${formatMegabytes(MAX_ZIP_BYTES)}, the limit for one upload.` };
  }
  if (upload.next < parts) return { status: "partial" };
  pending.delete(key);
  const whole = new Uint8Array(upload.size);
  let offset = 0;
  for (const chunk of upload.chunks) {
    whole.set(chunk, offset);
    offset += chunk.length;
  }
  return { status: "complete", bytes: whole };
}
