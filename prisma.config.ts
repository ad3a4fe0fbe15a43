import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { defineConfig } from "prisma/config";
import { defaultDatabaseUrl, isPostgresUrl } from "./lib/db-url";
import { pgMigrateAdapter } from "./lib/server/pg-migrate-adapter";

// A prisma.config.ts turns off Prisma's own .env loading, so load it here (a missing file is fine).
try {
  process.loadEnvFile();
} catch {
  // no .env: the defaults below apply
}
process.env.DATABASE_URL ??= defaultDatabaseUrl();
const url = process.env.DATABASE_URL;
// One codebase, two providers: the URL's scheme picks the schema (and with it the migrations folder
// beside it and the generated client) and the adapter. SQLite stays the zero-set-up default.
const postgres = isPostgresUrl(url);

/**
 * `migrate dev` replays each migration file into the shadow database with one executeRaw, but
 * better-sqlite3 prepares one statement at a time. Statements without arguments go through exec(),
 * which accepts a whole script.
 */
function withMultiStatementShadow(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async (): Promise<SqlDriverAdapter> => {
    const adapter = await connectToShadowDb();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length === 0) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      return executeRaw(query);
    };
    return adapter;
  };
  return factory;
}

export default defineConfig({
  schema: postgres ? path.join("prisma", "postgresql", "schema.prisma") : path.join("prisma", "schema.prisma"),
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => (postgres ? pgMigrateAdapter(url) : withMultiStatementShadow(new PrismaBetterSQLite3({ url }))),
});
