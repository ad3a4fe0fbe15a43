// Writes under load (issue 8, item 3): runs created through the API by 16 concurrent clients
// (autocannon), against a plain better-sqlite3 insert loop of the same rows on the same machine; then
// the same number of writes from 16 runners at once, one client each (issue 18).
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
/** The many-runner measure: this many runners, one client each. */
const RUNNERS = CONNECTIONS;

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
 * REQUESTS writes, split evenly over the servers (BENCH_INSTANCES=2 on PostgreSQL: two app servers on
 * one database, as behind a load balancer). One token: 16 clients write for that one runner. A token
 * per client: each client is a runner of its own, every runner writes the same number of runs, and
 * the runners are dealt out to the servers in turn. The rate is all writes over the time until the
 * last one answered; the percentiles are of every response, whichever server gave it.
 */
async function writeRuns(servers: BenchServer[], tokens: string[]) {
  const clients =
    tokens.length === 1
      ? servers.map((server) => ({ server, token: tokens[0]!, connections: CONNECTIONS / servers.length }))
      : tokens.map((token, n) => ({ server: servers[n % servers.length]!, token, connections: 1 }));
  const amount = REQUESTS / clients.length;
  const latencies: number[] = [];
  const started = performance.now();
  const results = await Promise.all(clients.map((client, n) => writeRunsTo(client, amount, n * amount, latencies)));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? Number.NaN);
  return {
    perSecond: REQUESTS / seconds,
    p50Ms: percentile(0.5),
    p99Ms: percentile(0.99),
    errors: results.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
  };
}

function writeRunsTo(
  client: { server: BenchServer; token: string; connections: number },
  amount: number,
  first: number,
  latencies: number[],
) {
  let i = first;
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${client.server.baseUrl}/api/v1/runs`,
        connections: client.connections,
        amount,
        requests: [
          {
            method: "POST",
            headers: { authorization: `Bearer ${client.token}`, "content-type": "application/json" },
            setupRequest: (request) => ({ ...request, body: JSON.stringify(bodyFor(i++)) }),
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}

export async function benchWrites(options: { distDir: string; port: number }) {
  const tokens = { fresh: "", tenYears: "", runners: [] as string[] };
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
      for (let n = 0; n < RUNNERS; n++) {
        tokens.runners.push(await runnerWithToken(db, `runner-${n}@stridewise.app`, { shoes: [], runs: [], painDays: [] }));
      }
      await db.$disconnect();
    },
  });
  const servers = [server];
  if (process.env.BENCH_INSTANCES === "2") {
    servers.push(await startServer({ port: options.port + 1, databaseUrl: server.databaseUrl, distDir: options.distDir, env }));
  }
  try {
    const result = await writeRuns(servers, [tokens.fresh]);
    // The same writes for a runner with ten years of daily runs: a save should cost what it costs for
    // a new runner, because the alerts only read the last weeks.
    const veteran = await writeRuns(servers, [tokens.tenYears]);
    // The same number of writes from 16 new runners at once, one client each: one runner's saves wait
    // for each other (the runner's row lock), different runners' need not.
    const many = await writeRuns(servers, tokens.runners);
    // The lightest request the server answers (one SELECT 1) bounds what any API route can reach here.
    const health = await autocannon({ url: `${server.baseUrl}/api/health`, connections: CONNECTIONS, amount: REQUESTS });
    const raw = rawInsertsPerSecond();
    const apiPerSecond = result.perSecond;
    return {
      database: server.databaseUrl.startsWith("file:") ? "sqlite" : "postgresql",
      instances: servers.length,
      apiPerSecond,
      p50Ms: result.p50Ms,
      p99Ms: result.p99Ms,
      errors: result.errors + veteran.errors + many.errors,
      // Of those, answers other than 2xx (the rest are connection errors and autocannon's 10 s timeouts).
      non2xx: result.non2xx + veteran.non2xx + many.non2xx,
      rawPerSecond: raw,
      healthPerSecond: health.requests.average,
      ratio: apiPerSecond / raw,
      tenYearsPerSecond: veteran.perSecond,
      tenYearsP99Ms: veteran.p99Ms,
      runnersPerSecond: many.perSecond,
      runnersP50Ms: many.p50Ms,
      runnersP99Ms: many.p99Ms,
      peakMb: server.peakRssMb(),
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}
