import "server-only";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { createClient } from "./db-client";
import { env } from "./env";
import { logger } from "./log";
import { createLogReader, type LogClient, type LogReader } from "./read-routing";

// One client per process, also across hot reloads in development. DATABASE_URL's scheme picks the
// provider: `file:` (the default) is SQLite, `postgresql://` is PostgreSQL.
const globalForDb = globalThis as unknown as { stridewiseDb?: PrismaClient; stridewiseLogReader?: LogReader };
export const db = globalForDb.stridewiseDb ?? createClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.stridewiseDb = db;

// DATABASE_REPLICA_URL: one or more read-only standbys (comma-separated), PostgreSQL only. A standby
// that does not answer within two seconds, or fails, is left out for half a minute (read-routing.ts).
const logReader =
  globalForDb.stridewiseLogReader ??
  createLogReader(
    db,
    (process.env.DATABASE_REPLICA_URL ?? "")
      .split(",")
      .map((url) => url.trim())
      .filter(Boolean)
      .map((url) => createClient(url, { connectTimeoutMs: 2000 })),
    {
      // Replicas are PostgreSQL standbys; the cast is for the app's client type, generated from the SQLite schema.
      isolationLevel: "RepeatableRead" as Prisma.TransactionIsolationLevel,
      onReplicaError: (error) => logger.warn({ err: error }, "read replica failed; the primary answers for 30 s"),
    },
  );
if (env.NODE_ENV !== "production") globalForDb.stridewiseLogReader = logReader;

/**
 * For reads of one runner's log (runs, pain, shoes, tracks, exports): a replica that has caught up
 * with every change to this runner's log, or the primary. Never for the user row, alerts, or a read a
 * write decides on: those use `db`.
 */
export function readLog<T>(userId: string, read: (client: LogClient) => Promise<T>): Promise<T> {
  return logReader.read(userId, read);
}

/** For reads across runners that may be a moment stale (the admin overviews): a replica in turn, or the primary. */
export function staleReadDb(): PrismaClient {
  return logReader.anyReplica();
}

/** How many replicas are configured and how many are in use (the health check). */
export function replicaStatus() {
  return logReader.status();
}
