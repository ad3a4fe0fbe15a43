// A file larger than one upload part arrives as several requests, in order; the parts wait in the
// database until the last one (issue 18), so each part may reach another app server. Not
// "server-only": it is handed its client, so the integration tests run it on both providers.
import { formatMegabytes, MAX_ZIP_BYTES } from "../../import/limits";
import type { PrismaClient } from "../../generated/prisma/client";

/** A client that stops sending (closed tab) leaves its parts behind for at most this long. */
const ABANDONED_AFTER_MS = 10 * 60_000;
const MAX_PENDING_PER_USER = 2;

export type PartResult = { status: "partial" } | { status: "complete"; bytes: Uint8Array } | { status: "error"; message: string };

export async function addPart(
  db: PrismaClient,
  userId: string,
  uploadId: string,
  { name, part, parts }: { name: string; part: number; parts: number },
  bytes: Uint8Array,
  now = new Date(),
): Promise<PartResult> {
  await db.uploadPart.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - ABANDONED_AFTER_MS) } } });
  const forget = () => db.uploadPart.deleteMany({ where: { userId, uploadId } });
  if (part === 0) {
    await forget();
    const others = await db.uploadPart.findMany({ where: { userId, part: 0 }, select: { uploadId: true } });
    if (others.length >= MAX_PENDING_PER_USER) return { status: "error", message: "Another upload is still in progress: wait for it to finish." };
  }
  const before = await db.uploadPart.findMany({
    where: { userId, uploadId },
    orderBy: { part: "asc" },
    select: { part: true, parts: true, name: true },
  });
  const inOrder = before.length === part && before.every((row, index) => row.part === index && row.name === name && row.parts === parts);
  if (!inOrder) {
    await forget();
    return { status: "error", message: "The upload's parts arrived out of order: try the file again." };
  }
  await db.uploadPart.create({ data: { userId, uploadId, part, parts, name, bytes: Uint8Array.from(bytes), createdAt: now } });
  // length() counts a blob's bytes on SQLite and a bytea's on PostgreSQL.
  const [{ size }] = await db.$queryRaw<[{ size: number | bigint | null }]>`
    SELECT SUM(length("bytes")) AS size FROM "UploadPart" WHERE "userId" = ${userId} AND "uploadId" = ${uploadId}`;
  if (Number(size) > MAX_ZIP_BYTES) {
    await forget();
    return { status: "error", message: `The file is larger than ${formatMegabytes(MAX_ZIP_BYTES)}, the limit for one upload.` };
  }
  if (part + 1 < parts) return { status: "partial" };
  const stored = await db.uploadPart.findMany({ where: { userId, uploadId }, orderBy: { part: "asc" }, select: { bytes: true } });
  await forget();
  const whole = new Uint8Array(Number(size));
  let offset = 0;
  for (const row of stored) {
    whole.set(row.bytes, offset);
    offset += row.bytes.length;
  }
  return { status: "complete", bytes: whole };
}
