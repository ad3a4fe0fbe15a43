// Database chores for the reliability tests, run with tsx in a child process: Playwright loads specs
// as CommonJS, and the generated Prisma client is an ES module, so specs cannot import it directly.
//   tsx e2e/support/db-tool.ts create-runner <databaseUrl> <email>   -> { userId, token }
//   tsx e2e/support/db-tool.ts alerts <databaseUrl> <userId> <asOf>  -> the analyser's alerts
import { createHash, randomBytes } from "node:crypto";
import { analyse } from "../../lib/analysis";
import { loadTrainingLog } from "../../lib/server/data/training-log";
import { connect, createAthlete } from "../../prisma/seed";

async function createRunner(databaseUrl: string, email: string) {
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

/** What the analyser says about the runner's log as the app loads it. */
async function alertsFor(databaseUrl: string, userId: string, asOf: string) {
  const db = connect(databaseUrl);
  try {
    const log = await loadTrainingLog(db, { id: userId, weekStartsOn: "monday" });
    return analyse(log, asOf).alerts;
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  const [command, databaseUrl, ...args] = process.argv.slice(2);
  if (command === "create-runner") return createRunner(databaseUrl!, args[0]!);
  if (command === "alerts") return alertsFor(databaseUrl!, args[0]!, args[1]!);
  throw new Error(`unknown command ${command}`);
}

main()
  .then((result) => process.stdout.write(JSON.stringify(result)))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
