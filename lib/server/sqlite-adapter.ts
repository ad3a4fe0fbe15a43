// The one way the app opens SQLite through Prisma: the server's client (db.ts) and the database
// integration tests use it, so the tests run on the production connection settings. Not "server-only"
// for that reason; it holds no secrets.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
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
    if (typeof client?.prepare === "function") {
      cacheStatements(client);
      releaseOnFailure(adapter, client);
    }
    return adapter;
  }
}

/** A lock for one writer at a time: resolves with the function that lets the next one in. */
function createLock(): () => Promise<() => void> {
  let last = Promise.resolve();
  return async () => {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const previous = last;
    last = previous.then(() => turn);
    await previous;
    return release;
  };
}

/**
 * Transactions as the adapter runs them (one at a time on the one connection, BEGIN ... COMMIT), with
 * the lock released on every failure (issue 20). The adapter releases its lock only in commit() and
 * rollback(), and Prisma calls neither when BEGIN, COMMIT or ROLLBACK itself fails: after a full disk
 * made a COMMIT fail, every later write waited forever. Replaced here rather than patched in
 * node_modules, so an update of the adapter keeps it; its queries are still the adapter's own.
 */
function releaseOnFailure(adapter: SqlDriverAdapter, client: Database): void {
  const lock = createLock();
  const original = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    // The adapter's own answer to an isolation level SQLite does not have.
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") return original(isolationLevel);
    const release = await lock();
    let open = true;
    const finish = () => {
      if (!open) return;
      open = false;
      release();
    };
    const rollBackWhatIsLeft = () => {
      if (!client.inTransaction) return;
      try {
        client.exec("ROLLBACK");
      } catch {
        // SQLite rolled it back itself: nothing is left.
      }
    };
    try {
      // Only this lock's holder opens transactions, so one left open can only be a failure's remains.
      rollBackWhatIsLeft();
      await adapter.executeScript("BEGIN");
    } catch (error) {
      finish();
      throw error;
    }
    const guarded = async <T>(query: SqlQuery, run: (query: SqlQuery) => Promise<T>): Promise<T> => {
      try {
        return await run(query);
      } catch (error) {
        if (/^\s*(COMMIT|END|ROLLBACK)\b/i.test(query.sql)) {
          rollBackWhatIsLeft();
          finish();
        }
        throw error;
      }
    };
    const transaction: Transaction = {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: (query) => guarded(query, (q) => adapter.queryRaw(q)),
      executeRaw: (query) => guarded(query, (q) => adapter.executeRaw(q)),
      commit: async () => finish(),
      rollback: async () => finish(),
    };
    return transaction;
  };
}
