import { readdirSync } from "node:fs";
import path from "node:path";
import { jsonResponse } from "@/lib/api/errors";
import { db, replicaStatus } from "@/lib/server/db";
import { databaseKind } from "@/lib/server/db-client";
import { env } from "@/lib/server/env";
import { writerAnswers } from "@/lib/server/writer-check";

// For uptime checks and container orchestrators: no token, no data, just "can this process serve".
export const dynamic = "force-dynamic";

const kind = databaseKind(env.DATABASE_URL);

/** The committed migrations, read at runtime so a deploy with a new migration but an old DB shows up. */
function expectedMigrations(): string[] | null {
  // Each provider has its own migrations folder, beside its schema.
  const prisma = path.join(process.cwd(), "prisma");
  const folder = kind === "postgresql" ? path.join(prisma, "postgresql", "migrations") : path.join(prisma, "migrations");
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    console.error(`Health check: cannot read ${folder}:`, error);
    return null;
  }
}

async function appliedMigrations(): Promise<Set<string>> {
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    return new Set(rows.map((row) => row.migration_name));
  } catch {
    // No migrations table: nothing has been applied.
    return new Set();
  }
}

export async function GET(): Promise<Response> {
  let reachable = true;
  try {
    await db.$queryRaw`SELECT 1`;
  } catch (error) {
    console.error("Health check: the database is unreachable:", error);
    reachable = false;
  }
  // Reads can succeed while every write waits for a writer that never finishes.
  const writable = reachable && (await writerAnswers(db));
  const expected = expectedMigrations() ?? [];
  const applied = reachable ? await appliedMigrations() : new Set<string>();
  const pending = expected.filter((name) => !applied.has(name));
  // Without the migrations folder the schema cannot be vouched for.
  const ok = reachable && writable && expected.length > 0 && pending.length === 0;
  return jsonResponse(
    {
      status: ok ? "ok" : "error",
      database: !reachable ? "unreachable" : writable ? "ok" : "writes are stuck",
      databaseKind: kind,
      migrations: { applied: expected.length - pending.length, expected: expected.length, pending },
      // Read replicas (DATABASE_REPLICA_URL): one that fails is left out and the primary answers, so
      // fewer available than configured is a warning, not an error.
      replicas: replicaStatus(),
    },
    { status: ok ? 200 : 503 },
  );
}
