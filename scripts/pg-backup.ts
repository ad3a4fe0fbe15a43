// `npm run backup` and `npm run restore` on PostgreSQL (issue 18): pg_dump's custom format, which
// pg_restore reads, taken in one snapshot while the app servers keep running. The client tools come
// with Debian's postgresql-client package and should match the server's major version.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";

/** The URL without its password, which goes in PGPASSWORD so it never shows in `ps`. */
function connection(url: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { args: ["--dbname", parsed.toString()], env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

export function pgDump(url: string, target: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  const { args, env } = connection(url);
  execFileSync("pg_dump", ["--format=custom", "--no-owner", "--file", target, ...args], { env, stdio: ["ignore", "inherit", "inherit"] });
}

/** Replaces every table of the database with the dump's (stop the app servers first). */
export function pgRestore(url: string, backup: string): void {
  const { args, env } = connection(url);
  execFileSync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", ...args, backup], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
}
