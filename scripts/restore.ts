// `npm run restore -- <backup file>`: puts a backup made by `npm run backup` back in place of the
// database. Stop the server first. The current database is kept beside it as *.before-restore.
import Database from "better-sqlite3";
import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import { databaseFilePath, defaultDatabaseUrl, isPostgresUrl } from "../lib/db-url";
import { pgRestore } from "./pg-backup";

export function restoreDatabase(backup: string, target: string): string | null {
  const check = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    const result = check.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`${backup} failed its integrity check: ${String(result)}`);
  } finally {
    check.close();
  }
  let kept: string | null = null;
  if (existsSync(target)) {
    // Fold the write-ahead log into the file first, so the kept copy is complete on its own.
    const current = new Database(target);
    current.pragma("wal_checkpoint(TRUNCATE)");
    current.close();
    kept = `${target}.before-restore`;
    renameSync(target, kept);
  }
  for (const suffix of ["-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
  copyFileSync(backup, target);
  return kept;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.loadEnvFile();
  } catch {
    // no .env file
  }
  const backup = process.argv[2];
  if (!backup) {
    console.error("Usage: npm run restore -- <backup file>");
    process.exit(2);
  }
  const url = process.env.DATABASE_URL ?? defaultDatabaseUrl();
  if (isPostgresUrl(url)) {
    try {
      pgRestore(url, backup);
      console.log(`Restored ${backup} into the PostgreSQL database`);
    } catch (error) {
      console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
    process.exit(0);
  }
  const target = databaseFilePath(url);
  try {
    const kept = restoreDatabase(backup, target);
    console.log(`Restored ${backup} to ${target}${kept ? ` (the previous database is in ${kept})` : ""}`);
  } catch (error) {
    console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
