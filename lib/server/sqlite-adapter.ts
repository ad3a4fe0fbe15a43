// The one way the app opens SQLite through Prisma: the server's client (db.ts) and the database
// integration tests use it, so the tests run on the production connection settings. Not "server-only"
// for that reason; it holds no secrets.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import type { Database } from "better-sqlite3";
import { cacheStatements } from "./statement-cache";

/**
 * The adapter opens the better-sqlite3 connection itself, so the per-connection settings are applied
 * right after it connects: foreign keys (SQLite leaves them off), a busy timeout so concurrent
 * writers wait instead of failing, WAL so readers never block the writer, and the statement cache.
 */
export class StridewiseSqlite extends PrismaBetterSQLite3 {
  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await super.connect();
    await adapter.executeScript(
      "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;",
    );
    // `client` is the adapter's better-sqlite3 connection (a public field in 6.19, not a typed API):
    // without it the app still works, only without the cache.
    const client = (adapter as unknown as { client?: Database }).client;
    if (typeof client?.prepare === "function") cacheStatements(client);
    return adapter;
  }
}
