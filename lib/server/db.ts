import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { createClient } from "./db-client";
import { env } from "./env";

// One client per process, also across hot reloads in development. DATABASE_URL's scheme picks the
// provider: `file:` (the default) is SQLite, `postgresql://` is PostgreSQL.
const globalForDb = globalThis as unknown as { stridewiseDb?: PrismaClient; stridewiseReplicas?: PrismaClient[] };
export const db = globalForDb.stridewiseDb ?? createClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.stridewiseDb = db;

// DATABASE_REPLICA_URL: one or more read-only standbys (comma-separated), PostgreSQL only.
const replicas =
  globalForDb.stridewiseReplicas ??
  (process.env.DATABASE_REPLICA_URL ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean)
    .map((url) => createClient(url));
if (env.NODE_ENV !== "production") globalForDb.stridewiseReplicas = replicas;
let nextReplica = 0;

/**
 * For reads that may be a moment stale (a standby replays the primary's writes a little later): a
 * replica in turn, or the primary when there is none. Never for the user row, the log version or a
 * read right after a write: those use `db`.
 */
export function staleReadDb(): PrismaClient {
  if (replicas.length === 0) return db;
  nextReplica = (nextReplica + 1) % replicas.length;
  return replicas[nextReplica]!;
}
