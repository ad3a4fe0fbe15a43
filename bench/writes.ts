// Writes under load (issue 8, item 3): runs created through the API by 16 concurrent clients
// (autocannon), against a plain better-sqlite3 insert loop of the same rows on the same machine.
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { DemoLog } from "../lib/demo/demo-log";
import { connect, createAthlete } from "../prisma/seed";
import { yearsOfRunning } from "./support/athlete";
import { startBenchServer, startServer, type BenchServer } from "./support/server";

const REQUESTS = 2000;
const CONNECTIONS = 16;

/**
 * A sync of the past 400 days, about five runs a day, some with knee pain: every save lands inside the
 * window the alerts are computed on, so the analysis does real work.
 */
function bodyFor(i: number) {
  const day = new Date(Date.now() - (i % 400) * 86_400_000).toISOString().slice(0, 10);
  const pain = i % 9 === 0 ? [{ location: "knee", side: "left", score: 2 + (i % 5) }] : [];
  return { date: day, distanceKm: 4 + (i % 12), durationSec: 1500 + (i % 12) * 300, pain };
}

/** The same rows, one INSERT each in its own implicit transaction, as the API commits them. */
function rawInsertsPerSecond(): number {
  const dir = path.join(process.cwd(), "test-results", "bench", "raw");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const db = new Database(path.join(dir, "raw.db"));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec("CREATE TABLE Run (id TEXT PRIMARY KEY, userId TEXT, localDate TEXT, distanceM INTEGER, durationS INTEGER)");
  const insert = db.prepare("INSERT INTO Run VALUES (?, ?, ?, ?, ?)");
  const started = performance.now();
  for (let i = 0; i < REQUESTS; i++) {
    const run = bodyFor(i);
    insert.run(randomUUID(), "u", run.date, run.distanceKm * 1000, run.durationSec);
  }
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return REQUESTS / seconds;
}

/** A runner with an API token; `log` is their history before the benchmark writes. */
async function runnerWithToken(db: ReturnType<typeof connect>, email: string, log: DemoLog): Promise<string> {
  const token = `sw_${randomBytes(32).toString("base64url")}`;
  const userId = await createAthlete(db, { email, password: "bench-writer-pass", timezone: "UTC" }, log);
  await db.apiToken.create({
    data: { userId, name: "bench", prefix: token.slice(0, 8), tokenHash: createHash("sha256").update(token).digest("hex") },
  });
  return token;
}

/**
 * The writes, split evenly over the servers (BENCH_INSTANCES=2 on PostgreSQL: two app servers on one
 * database, as behind a load balancer). The rate is all requests over the slowest server's time.
 */
async function writeRuns(servers: BenchServer[], token: string) {
  const started = performance.now();
  const results = await Promise.all(servers.map((server, n) => writeRunsTo(server.baseUrl, token, REQUESTS / servers.length, n)));
  const seconds = (performance.now() - started) / 1000;
  return {
    requests: { average: servers.length === 1 ? results[0]!.requests.average : REQUESTS / seconds },
    latency: { p50: Math.max(...results.map((r) => r.latency.p50)), p99: Math.max(...results.map((r) => r.latency.p99)) },
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
  };
}

function writeRunsTo(baseUrl: string, token: string, amount: number, offset: number) {
  let i = offset * amount;
  return autocannon({
    url: `${baseUrl}/api/v1/runs`,
    connections: CONNECTIONS / (REQUESTS / amount),
    amount,
    requests: [
      {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(bodyFor(i++)) }),
      },
    ],
  });
}

export async function benchWrites(options: { distDir: string; port: number }) {
  const tokens = { fresh: "", tenYears: "" };
  const env = { API_RATE_LIMIT_PER_MINUTE: "1000000", API_RATE_LIMIT_PER_IP_PER_MINUTE: "1000000" };
  const server = await startBenchServer({
    name: "writes",
    port: options.port,
    distDir: options.distDir,
    env,
    seed: async (url) => {
      const db = connect(url);
      tokens.fresh = await runnerWithToken(db, "writer@stridewise.app", { shoes: [], runs: [], painDays: [] });
      const today = new Date().toISOString().slice(0, 10);
      tokens.tenYears = await runnerWithToken(db, "veteran@stridewise.app", yearsOfRunning(10, today));
      await db.$disconnect();
    },
  });
  const servers = [server];
  if (process.env.BENCH_INSTANCES === "2") {
    servers.push(await startServer({ port: options.port + 1, databaseUrl: server.databaseUrl, distDir: options.distDir, env }));
  }
  try {
    const result = await writeRuns(servers, tokens.fresh);
    // The same writes for a runner with ten years of daily runs: a save should cost what it costs for
    // a new runner, because the alerts only read the last weeks.
    const veteran = await writeRuns(servers, tokens.tenYears);
    // The lightest request the server answers (one SELECT 1) bounds what any API route can reach here.
    const health = await autocannon({ url: `${server.baseUrl}/api/health`, connections: CONNECTIONS, amount: REQUESTS });
    const raw = rawInsertsPerSecond();
    const apiPerSecond = result.requests.average;
    return {
      apiPerSecond,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors + result.non2xx + veteran.errors + veteran.non2xx,
      rawPerSecond: raw,
      healthPerSecond: health.requests.average,
      ratio: apiPerSecond / raw,
      tenYearsPerSecond: veteran.requests.average,
      tenYearsP99Ms: veteran.latency.p99,
      peakMb: server.peakRssMb(),
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}
