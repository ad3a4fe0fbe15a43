// Not "server-only": its test opens its own database. For the health check: can a write start now?
import type { PrismaClient } from "../generated/prisma/client";

/** How long a healthy server's writer may be busy: the connection's busy timeout. */
export const WRITER_WAIT_MS = 5000;

/**
 * True when a transaction gets the database's one writer within `waitMs`. Reads alone do not show a
 * writer that is stuck (every write would wait while the health check said "ok", issue 20).
 */
export async function writerAnswers(db: PrismaClient, waitMs = WRITER_WAIT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const probe = db.$transaction(async (tx) => tx.$queryRaw`SELECT 1`).then(
    () => true,
    () => false,
  );
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), waitMs);
  });
  try {
    return await Promise.race([probe, late]);
  } finally {
    clearTimeout(timer);
  }
}
