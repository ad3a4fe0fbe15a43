// `npm run backup [-- <file>]`: a consistent copy of the live database, taken with SQLite's online
// backup while the server keeps running (readers and writers are not stopped).
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databaseFilePath, defaultDatabaseUrl, isPostgresUrl } from "../lib/db-url";
import { pgDump } from "./pg-backup";

export async function backupDatabase(source: string, target: string): Promise<void> {
  mkdirSync(path.dirname(target), { recursive: true });
  const db = new Database(source, { fileMustExist: true, readonly: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  const copy = new Database(target, { readonly: true });
  try {
    const result = copy.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`The backup failed its integrity check: ${String(result)}`);
  } finally {
    copy.close();
  }
}

function timestamp(): string {
  return new Date().toISOString().replace(/[-:]/g, "").replace(/\..+$/, "").replace("T", "-");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.loadEnvFile();
  } catch {
    // no .env file
  }
  const url = process.env.DATABASE_URL ?? defaultDatabaseUrl();
  if (isPostgresUrl(url)) {
    const target = process.argv[2] ?? path.join(process.cwd(), "data", "backups", `stridewise-${timestamp()}.pgdump`);
    try {
      pgDump(url, target);
      console.log(`Backed up the PostgreSQL database to ${target} (pg_dump custom format)`);
    } catch (error) {
      console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
    process.exit(0);
  }
  const source = databaseFilePath(url);
  const target = process.argv[2] ?? path.join(path.dirname(source), "backups", `stridewise-${timestamp()}.db`);
  backupDatabase(source, target)
    .then(() => console.log(`Backed up ${source} to ${target}`))
    .catch((error: unknown) => {
      console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
