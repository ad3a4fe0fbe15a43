import path from "node:path";
import { defineConfig } from "vitest/config";

// TEST_DATABASE_URL=postgresql://... runs the database tests on PostgreSQL (lib/server/test-db.ts). These
// files test SQLite itself (its adapter, statement cache, file backups, reading a file's tables) and
// have no PostgreSQL meaning; the SQLite pass of CI runs them.
const SQLITE_ONLY = [
  "lib/server/sqlite-adapter.test.ts",
  "lib/server/statement-cache.test.ts",
  "lib/server/data/account-deletion.test.ts",
  "scripts/backup.test.ts",
];
const onPostgres = /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? "");

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.tsx"],
    exclude: ["**/node_modules/**", ...(onPostgres ? SQLITE_ONLY : [])],
    environment: "node",
    // Every query is a round trip to the server, and each test file creates its own database: the
    // default 5 s per test is too tight on a busy CI machine.
    ...(onPostgres ? { testTimeout: 30_000, hookTimeout: 60_000 } : {}),
  },
});
