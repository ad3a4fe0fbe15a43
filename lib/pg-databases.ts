// Throwaway PostgreSQL databases for the tests and benchmarks (issue 18): TEST_DATABASE_URL names a
// server they may create databases on (scripts/ci-postgres.sh starts one). Not used by the app.
import pg from "pg";
import { isPostgresUrl } from "./db-url";

/** The PostgreSQL server the tests run on, or null for SQLite (the default). */
export function testPostgresServer(): string | null {
  const url = process.env.TEST_DATABASE_URL ?? "";
  return isPostgresUrl(url) ? url : null;
}

/**
 * With TEST_DIRECT_DATABASE_URL (TEST_DATABASE_URL is PgBouncer in transaction mode, this is the
 * PostgreSQL server behind it; scripts/ci-pgbouncer.sh), the same database on that server: databases
 * are created, dropped and migrated there, and the app and the tests' own queries go through the
 * pooler. Without it, or for a SQLite file, the URL itself.
 */
export function directUrlFor(databaseUrl: string): string {
  const direct = process.env.TEST_DIRECT_DATABASE_URL ?? "";
  if (!isPostgresUrl(direct) || !isPostgresUrl(databaseUrl)) return databaseUrl;
  return withDatabase(direct, new URL(databaseUrl).pathname.slice(1));
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs SQL on the server (its own database, or `database`); no parameters, so a script may hold several statements. */
export async function runOnPostgres(serverUrl: string, sql: string, database?: string): Promise<void> {
  const client = new pg.Client({ connectionString: database ? withDatabase(serverUrl, database) : serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** An empty database of that name (dropped first if it is left from an earlier run); returns its URL. */
export async function recreatePostgresDatabase(serverUrl: string, name: string): Promise<string> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`not a database name: ${name}`);
  await dropPostgresDatabase(serverUrl, name);
  await runOnPostgres(directUrlFor(serverUrl), `CREATE DATABASE "${name}"`);
  return withDatabase(serverUrl, name);
}

export async function dropPostgresDatabase(serverUrl: string, name: string): Promise<void> {
  await runOnPostgres(directUrlFor(serverUrl), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
