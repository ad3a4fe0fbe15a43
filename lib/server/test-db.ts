// For the database integration tests: a throwaway SQLite file built from the committed migrations (the same
// SQL production runs), and Prisma clients on it. Not a test file itself; only tests import it.
import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaClient } from "../generated/prisma/client";
import { StridewiseSqlite } from "./sqlite-adapter";

const MIGRATIONS = path.join(import.meta.dirname, "..", "..", "prisma", "migrations");

export type TestDatabase = {
  db: PrismaClient;
  /** A second client on the same file: what a restarted server process would open. */
  openClient: () => PrismaClient;
  cleanup: () => Promise<void>;
};

export async function createTestDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), "stridewise-test-"));
  const file = path.join(dir, "test.db");
  const sqlite = new Database(file);
  for (const migration of readdirSync(MIGRATIONS, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    sqlite.exec(readFileSync(path.join(MIGRATIONS, migration, "migration.sql"), "utf8"));
  }
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();

  const clients: PrismaClient[] = [];
  const openClient = () => {
    const client = new PrismaClient({ adapter: new StridewiseSqlite({ url: `file:${file}`, timeout: 5000 }) });
    clients.push(client);
    return client;
  };
  return {
    db: openClient(),
    openClient,
    cleanup: async () => {
      await Promise.all(clients.map((client) => client.$disconnect()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let userCount = 0;

export async function createTestUser(
  db: PrismaClient,
  data: { timezone?: string; weekStartsOn?: string; units?: string; emailHighAlerts?: boolean; emailWeeklyReview?: boolean; emailMorningCheck?: boolean } = {},
) {
  userCount++;
  return db.user.create({ data: { email: `runner${userCount}@example.org`, ...data } });
}
