// Reliability tests talk to their own server through the API. Their runner and token are created
// straight in that server's database (a set-up step, not something the tests check).
import { execFileSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseFilePath } from "../../lib/db-url";
import type { Alert } from "../../lib/analysis/types";

function dbTool(...args: string[]): unknown {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const output = execFileSync(tsx, [path.join(__dirname, "db-tool.ts"), ...args], { encoding: "utf8" });
  return JSON.parse(output);
}

export function createApiRunner(databaseUrl: string, email: string): { userId: string; token: string } {
  return dbTool("create-runner", databaseUrl, email) as { userId: string; token: string };
}

export function expectedAlerts(databaseUrl: string, userId: string, asOf: string): Alert[] {
  return dbTool("alerts", databaseUrl, userId, asOf) as Alert[];
}

export function addApiTokens(databaseUrl: string, userId: string, count: number): string[] {
  return dbTool("add-tokens", databaseUrl, userId, String(count)) as string[];
}

export type StoredLog = {
  runIds: string[];
  /** Pain entries on days without a run, and on runs. */
  painDays: number;
  runPain: number;
  openAlerts: { rule: string; key: string; severity: string }[];
};

/** What the database holds for the runner, read through Prisma (SQLite or PostgreSQL). */
export function storedLog(databaseUrl: string, userId: string): StoredLog {
  return dbTool("stored", databaseUrl, userId) as StoredLog;
}

export function optInToHighAlertEmails(databaseUrl: string, userId: string): void {
  dbTool("email-high-alerts", databaseUrl, userId);
}

/** Opens the server's SQLite file read-only, beside the running server (WAL lets both read); SQLite only. */
export function openDatabase(databaseUrl: string) {
  return new Database(databaseFilePath(databaseUrl), { readonly: true, fileMustExist: true });
}
