// Reliability tests talk to their own server through the API. Their runner and token are created
// straight in that server's database (a test set-up step, not something the tests check).
import { createHash, randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { connect, createAthlete } from "../../prisma/seed";
import { databaseFilePath } from "../../lib/db-url";
import type { TrainingLog } from "../../lib/analysis/types";
import { loadTrainingLog } from "../../lib/server/data/training-log";

export async function createApiRunner(databaseUrl: string, email: string) {
  const db = connect(databaseUrl);
  try {
    const userId = await createAthlete(
      db,
      { email, password: "reliability-password", timezone: "UTC" },
      { shoes: [], runs: [], painDays: [] },
    );
    const token = `sw_${randomBytes(32).toString("base64url")}`;
    await db.apiToken.create({
      data: {
        userId,
        name: "reliability",
        prefix: token.slice(0, 8),
        tokenHash: createHash("sha256").update(token).digest("hex"),
      },
    });
    return { userId, token };
  } finally {
    await db.$disconnect();
  }
}

/** Opens the server's SQLite file read-only, beside the running server (WAL lets both read). */
export function openDatabase(databaseUrl: string) {
  return new Database(databaseFilePath(databaseUrl), { readonly: true, fileMustExist: true });
}

/** The runner's log as the app's analyser reads it, loaded by the app's own loader. */
export async function loadLog(databaseUrl: string, userId: string): Promise<TrainingLog> {
  const db = connect(databaseUrl);
  try {
    return await loadTrainingLog(db, { id: userId, weekStartsOn: "monday" });
  } finally {
    await db.$disconnect();
  }
}
