// Applies the committed migrations to the database at DATABASE_URL (creating the SQLite file and
// its folder if needed; on PostgreSQL the database itself must exist). Run before the server starts: the app never runs on an unmigrated schema.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databaseFilePath, defaultDatabaseUrl, isPostgresUrl } from "../lib/db-url";

export function prepareDatabase(): string {
  try {
    process.loadEnvFile();
  } catch {
    // no .env file
  }
  const url = process.env.DATABASE_URL ?? defaultDatabaseUrl();
  process.env.DATABASE_URL = url;
  // PostgreSQL: the database must exist already; prisma.config.ts picks its migrations folder.
  if (!isPostgresUrl(url)) mkdirSync(path.dirname(databaseFilePath(url)), { recursive: true });
  // Behind PgBouncer in transaction mode, DIRECT_DATABASE_URL names PostgreSQL itself: Prisma's
  // migration lock is a session advisory lock, which a pooled connection does not keep.
  const migrateUrl = process.env.DIRECT_DATABASE_URL || url;
  const prisma = path.join(process.cwd(), "node_modules", ".bin", "prisma");
  execFileSync(prisma, ["migrate", "deploy"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: migrateUrl, CHECKPOINT_DISABLE: "1" },
  });
  return url;
}
