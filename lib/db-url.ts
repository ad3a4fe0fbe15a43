import path from "node:path";

/** The embedded default: a SQLite file in ./data, created and migrated at start. */
export function defaultDatabaseUrl(): string {
  return `file:${path.join(process.cwd(), "data", "stridewise.db")}`;
}

/** The file path behind a `file:` URL. */
export function databaseFilePath(url: string): string {
  return url.replace(/^file:/, "");
}

/** `postgres://` or `postgresql://`: the app runs on PostgreSQL; anything else is a SQLite file. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}
