// For the account-deletion tests (vitest and e2e): which rows of a SQLite file still hold a value.
// The tables come from the database itself, not from a list, so a table another change adds is
// searched too. Not a test file itself; only tests import it.
import Database from "better-sqlite3";

/** Every table of the file and, for each, how many rows hold one of `values` in any text column. */
export function rowsHolding(file: string, values: string[]): Record<string, number> {
  const sqlite = new Database(file, { readonly: true });
  try {
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'")
      .all() as { name: string }[];
    const found: Record<string, number> = {};
    for (const { name } of tables) {
      const columns = (sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[]).map((c) => `"${c.name}"`);
      const where = columns.flatMap((column) => values.map(() => `CAST(${column} AS TEXT) = ?`)).join(" OR ");
      const params = columns.flatMap(() => values);
      found[name] = (sqlite.prepare(`SELECT count(*) AS n FROM "${name}" WHERE ${where}`).get(...params) as { n: number }).n;
    }
    return found;
  } finally {
    sqlite.close();
  }
}
