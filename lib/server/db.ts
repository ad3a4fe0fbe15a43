import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { createClient } from "./db-client";
import { env } from "./env";

// One client per process, also across hot reloads in development. DATABASE_URL's scheme picks the
// provider: `file:` (the default) is SQLite, `postgresql://` is PostgreSQL.
const globalForDb = globalThis as unknown as { stridewiseDb?: PrismaClient };
export const db = globalForDb.stridewiseDb ?? createClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.stridewiseDb = db;
