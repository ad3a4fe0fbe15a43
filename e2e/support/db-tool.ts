// Database chores for the reliability tests, run with tsx in a child process: Playwright loads specs
// as CommonJS, and the generated Prisma client is an ES module, so specs cannot import it directly.
//   tsx e2e/support/db-tool.ts create-runner <databaseUrl> <email>   -> { userId, token }
//   tsx e2e/support/db-tool.ts alerts <databaseUrl> <userId> <asOf>  -> the analyser's alerts
//   tsx e2e/support/db-tool.ts add-tokens <databaseUrl> <userId> <n>  -> n more tokens
//   tsx e2e/support/db-tool.ts stored <databaseUrl> <userId>         -> run ids, pain counts, open alerts
//   tsx e2e/support/db-tool.ts email-high-alerts <databaseUrl> <userId>
// Through Prisma, so they work on SQLite and on PostgreSQL alike.
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
    return { userId, token: await createToken(db, userId) };
  } finally {
    await db.$disconnect();
  }
}

async function createToken(db: ReturnType<typeof connect>, userId: string): Promise<string> {
  const token = `sw_${randomBytes(32).toString("base64url")}`;
  await db.apiToken.create({
    data: { userId, name: "reliability", prefix: token.slice(0, 8), tokenHash: createHash("sha256").update(token).digest("hex") },
  });
  return token;
}

/** More tokens for one runner: each client of a load test has its own rate limit. */
async function addTokens(databaseUrl: string, userId: string, count: number) {
  const db = connect(databaseUrl);
  try {
    const tokens: string[] = [];
    for (let i = 0; i < count; i++) tokens.push(await createToken(db, userId));
    return tokens;
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

/** What the database holds for the runner: every run's id and the open alerts. */
async function stored(databaseUrl: string, userId: string) {
  const db = connect(databaseUrl);
  try {
    const runs = await db.run.findMany({ where: { userId }, select: { id: true } });
    const painDays = await db.painEntry.count({ where: { userId, runId: null } });
    const runPain = await db.painEntry.count({ where: { userId, runId: { not: null } } });
    const openAlerts = await db.alert.findMany({
      where: { userId, status: "open" },
      orderBy: [{ rule: "asc" }, { key: "asc" }],
      select: { rule: true, key: true, severity: true },
    });
    return { runIds: runs.map((run) => run.id), painDays, runPain, openAlerts };
  } finally {
    await db.$disconnect();
  }
}

async function emailHighAlerts(databaseUrl: string, userId: string) {
  const db = connect(databaseUrl);
  try {
    await db.user.update({ where: { id: userId }, data: { emailHighAlerts: true } });
    return { ok: true };
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  const [command, databaseUrl, ...args] = process.argv.slice(2);
  if (command === "create-runner") return createRunner(databaseUrl!, args[0]!);
  if (command === "alerts") return alertsFor(databaseUrl!, args[0]!, args[1]!);
  if (command === "add-tokens") return addTokens(databaseUrl!, args[0]!, Number(args[1]));
  if (command === "stored") return stored(databaseUrl!, args[0]!);
  if (command === "email-high-alerts") return emailHighAlerts(databaseUrl!, args[0]!);
  throw new Error(`unknown command ${command}`);
}

main()
  .then((result) => process.stdout.write(JSON.stringify(result)))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
