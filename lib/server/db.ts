import "server-only";
import { PrismaClient } from "../generated/prisma/client";
import { env } from "./env";
import { StridewiseSqlite } from "./sqlite-adapter";

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: new StridewiseSqlite({ url: env.DATABASE_URL, timeout: 5000 }) });
}

// One client per process, also across hot reloads in development.
const globalForDb = globalThis as unknown as { stridewiseDb?: PrismaClient };
export const db = globalForDb.stridewiseDb ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.stridewiseDb = db;
