import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma/client";
import { env } from "./env";

/**
 * The adapter opens the better-sqlite3 connection itself, so the per-connection settings are applied
 * right after it connects: foreign keys (SQLite leaves them off), a busy timeout so concurrent
 * writers wait instead of failing, and WAL so readers never block the writer.
 */
class StridewiseSqlite extends PrismaBetterSQLite3 {
  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await super.connect();
    await adapter.executeScript(
      "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;",
    );
    return adapter;
  }
}

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: new StridewiseSqlite({ url: env.DATABASE_URL, timeout: 5000 }) });
}

// One client per process, also across hot reloads in development.
const globalForDb = globalThis as unknown as { stridewiseDb?: PrismaClient };
export const db = globalForDb.stridewiseDb ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.stridewiseDb = db;
