// For the database integration tests: a throwaway database built from the committed migrations (the same
// SQL production runs), and Prisma clients on it. Not a test file itself; only tests import it.
// A SQLite file by default; with TEST_DATABASE_URL=postgresql://... (a server the tests may create
// databases on) a fresh PostgreSQL database from prisma/postgresql/migrations instead.
import Database from "better-sqlite3";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isPostgresUrl } from "../db-url";
import { dropPostgresDatabase, recreatePostgresDatabase, runOnPostgres } from "../pg-databases";
import type { PrismaClient } from "../generated/prisma/client";
import { createClient } from "./db-client";

const PRISMA = path.join(import.meta.dirname, "..", "..", "prisma");

/** The migration scripts of one provider, oldest first. */
function migrationScripts(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(path.join(folder, name, "migration.sql"), "utf8"));
}

/** The provider the integration tests run on: SQLite unless TEST_DATABASE_URL names a PostgreSQL server. */
export const testOnPostgres = isPostgresUrl(process.env.TEST_DATABASE_URL ?? "");

export type TestDatabase = {
  db: PrismaClient;
  /** A second client on the same file: what a restarted server process would open. */
  openClient: () => PrismaClient;
  cleanup: () => Promise<void>;
};

export async function createTestDatabase(): Promise<TestDatabase> {
  return testOnPostgres ? createPostgresDatabase(process.env.TEST_DATABASE_URL!) : createSqliteDatabase();
}

function withClients(url: string, drop: () => Promise<void>): TestDatabase {
  const clients: PrismaClient[] = [];
  const openClient = () => {
    const client = createClient(url);
    clients.push(client);
    return client;
  };
  return {
    db: openClient(),
    openClient,
    cleanup: async () => {
      await Promise.all(clients.map((client) => client.$disconnect()));
      await drop();
    },
  };
}

async function createSqliteDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), "stridewise-test-"));
  const file = path.join(dir, "test.db");
  const sqlite = new Database(file);
  for (const script of migrationScripts(path.join(PRISMA, "migrations"))) sqlite.exec(script);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
  return withClients(`file:${file}`, async () => rmSync(dir, { recursive: true, force: true }));
}

async function createPostgresDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `stridewise_test_${randomBytes(6).toString("hex")}`;
  const url = await recreatePostgresDatabase(serverUrl, name);
  // A migration file holds several statements: runOnPostgres sends it without parameters, as one script.
  for (const script of migrationScripts(path.join(PRISMA, "postgresql", "migrations"))) await runOnPostgres(serverUrl, script, name);
  return withClients(url, () => dropPostgresDatabase(serverUrl, name));
}

let userCount = 0;

export async function createTestUser(
  db: PrismaClient,
  data: { timezone?: string; weekStartsOn?: string; units?: string; emailHighAlerts?: boolean; emailWeeklyReview?: boolean; emailMorningCheck?: boolean } = {},
) {
  userCount++;
  return db.user.create({ data: { email: `runner${userCount}@example.org`, ...data } });
}
