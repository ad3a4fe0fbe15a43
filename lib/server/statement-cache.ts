// Prisma's better-sqlite3 adapter (6.19) prepares every statement again for every query, and parsing
// the SQL was a sixth of the CPU time of saving a run through the API (issue 8's profile). A prepared
// statement can run any number of times with new parameters, so the connection keeps the ones it has
// seen, keyed by their SQL. Not "server-only": it is plain better-sqlite3, tested on its own.
import type { Database, Statement } from "better-sqlite3";

/** The part of a statement that the adapter uses: prepare(sql).bind(args), then run or read. */
type AdapterStatement = {
  bind(args: unknown[]): {
    reader: boolean;
    run(): ReturnType<Statement["run"]>;
    columns(): ReturnType<Statement["columns"]>;
    raw(): { all(): unknown[] };
  };
  run(): ReturnType<Statement["run"]>;
};

export const STATEMENT_CACHE_SIZE = 256;

function reusable(statement: Statement<unknown[]>): AdapterStatement {
  // The result columns of a statement are fixed once it is prepared (migrations run before the server
  // starts), and asking SQLite for them each time was a measurable share of a query.
  let columns: ReturnType<Statement["columns"]> | undefined;
  return {
    // better-sqlite3's own bind() fixes the parameters for good; passing them to each call instead
    // leaves the statement free for the next query.
    bind: (args) => ({
      reader: statement.reader,
      run: () => statement.run(args),
      columns: () => (columns ??= statement.columns()),
      raw: () => ({ all: () => statement.raw(true).all(args) as unknown[] }),
    }),
    run: () => statement.run(),
  };
}

/**
 * Makes `client.prepare` return statements from a cache of the `limit` most recently used ones (SQL
 * with IN lists of varying length would otherwise grow it without end). better-sqlite3 runs each
 * statement to completion synchronously, so one statement is never in use by two queries at once.
 */
export function cacheStatements(client: Database, limit = STATEMENT_CACHE_SIZE): void {
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, AdapterStatement>();
  const cachedPrepare = (sql: string): AdapterStatement => {
    const hit = cache.get(sql);
    if (hit !== undefined) {
      cache.delete(sql);
      cache.set(sql, hit);
      return hit;
    }
    const statement = reusable(prepare<unknown[]>(sql));
    if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
    cache.set(sql, statement);
    return statement;
  };
  (client as unknown as { prepare: typeof cachedPrepare }).prepare = cachedPrepare;
}
