// Starts the built app for the end-to-end tests on its own throwaway database, migrated from the
// committed migrations and seeded with the demo athlete, so tests never touch a developer's data.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { recreatePostgresDatabase, testPostgresServer } from "../../lib/pg-databases";
import { seedDemo } from "../../prisma/seed";
import { serveUntilExit } from "../../scripts/next-server";
import { migrateTestDatabase } from "../../bench/support/server";

const port = process.argv[2] ?? "3210";
const dir = path.join(process.cwd(), "test-results", `e2e-db-${port}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
let databaseUrl = `file:${path.join(dir, "e2e.db")}`;
// TEST_DATABASE_URL=postgresql://... (the CI's PostgreSQL pass): a fresh database on that server.
const postgres = testPostgresServer();
process.env.NEXTAUTH_SECRET = "e2e-only-secret-not-for-production-use";
process.env.NEXTAUTH_URL = `http://127.0.0.1:${port}`;
process.env.NEXT_TELEMETRY_DISABLED = "1";
// The watched import folder (issue 16), scanned twice a second so the tests need not wait long.
process.env.IMPORT_WATCH_DIR = path.join(dir, "watch");
process.env.IMPORT_WATCH_POLL_SECONDS = "0.5";

async function main() {
  if (postgres) databaseUrl = await recreatePostgresDatabase(postgres, `stridewise_e2e_${port}`);
  migrateTestDatabase(databaseUrl);
  process.env.DATABASE_URL = databaseUrl;
  await seedDemo({ reset: true });
  serveUntilExit(["-p", port, "-H", "127.0.0.1"]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
