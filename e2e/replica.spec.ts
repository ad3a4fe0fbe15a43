import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { localDateOf } from "../lib/analysis/dates";
import { prepareServerDatabase, startServer, type BenchServer } from "../bench/support/server";
import { createApiRunner } from "./support/api-runner";

// Issue 18: a production server on a PostgreSQL primary with a real streaming standby as its
// DATABASE_REPLICA_URL (scripts/ci-postgres.sh replica). Runs in the PostgreSQL pass only, when
// TEST_REPLICA_URL names the standby of TEST_DATABASE_URL's server (see playwright.config.ts).
test.describe.configure({ mode: "serial", timeout: 180_000 });
const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
const STANDBY = process.env.TEST_REPLICA_URL ?? "";
const PRIMARY = process.env.TEST_DATABASE_URL ?? "";

let server: BenchServer;
let runner = { userId: "", token: "" };
let database = "";
// One date for the whole file: a run across midnight must not look for the run on the next day.
const today = localDateOf(new Date(), "UTC");

function on(serverUrl: string, db: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${db}`;
  return url.toString();
}

async function query<T>(serverUrl: string, db: string, sql: string, params: unknown[] = []): Promise<T[]> {
  // Limits, so that a connection or a query that hangs fails the wait with a reason instead of using it up.
  const client = new pg.Client({ connectionString: on(serverUrl, db), connectionTimeoutMillis: 10_000, query_timeout: 10_000 });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The standby's own script, with the ports of the two test servers. */
function standby(command: "replica" | "replica-stop") {
  execFileSync("bash", ["scripts/ci-postgres.sh", command], {
    env: { ...process.env, PGPORT: new URL(PRIMARY).port, REPLICA_PORT: new URL(STANDBY).port },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** What the standby and the primary say about replication, for a failure's message. */
async function replicationState(): Promise<string> {
  const ask = async (serverUrl: string, sql: string) =>
    JSON.stringify(await query(serverUrl, "postgres", sql).catch((error: unknown) => String(error)));
  const standbySide = await ask(STANDBY, `SELECT pg_is_wal_replay_paused() AS paused, pg_last_wal_receive_lsn()::text AS received,
    pg_last_wal_replay_lsn()::text AS replayed, (SELECT status FROM pg_stat_wal_receiver) AS receiver`);
  const primarySide = await ask(PRIMARY, `SELECT pg_current_wal_lsn()::text AS current, state, replay_lsn::text AS replayed FROM pg_stat_replication`);
  const port = new URL(PRIMARY).port;
  let log = "";
  try {
    log = readFileSync(`${process.env.PGROOT ?? `/tmp/stridewise-pg-${port}`}/replica.log`, "utf8").split("\n").slice(-15).join("\n");
  } catch {
    log = "(no replica.log)";
  }
  return `standby ${standbySide}; primary ${primarySide}; the standby's log ends:\n${log}`;
}

/**
 * Waits until the standby has replayed all the WAL the primary had written when this was called.
 * A wait that runs out says why: paused, not streaming, or behind by how much.
 */
async function standbyCaughtUp(timeoutMs = 90_000): Promise<void> {
  const [{ lsn }] = (await query<{ lsn: string }>(PRIMARY, "postgres", "SELECT pg_current_wal_lsn()::text AS lsn")) as [{ lsn: string }];
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    const answer = await query<{ done: boolean | null }>(STANDBY, "postgres", "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done", [lsn])
      .catch((error: unknown) => String(error));
    if (Array.isArray(answer) && answer[0]?.done) return;
    last = Array.isArray(answer) ? "behind" : answer;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the standby has not replayed the primary's WAL up to ${lsn} in ${timeoutMs / 1000} s (${last}); ${await replicationState()}`);
}

const runsOn = async (serverUrl: string) =>
  Number((await query<{ n: string }>(serverUrl, database, `SELECT count(*) AS n FROM "Run" WHERE "userId" = $1`, [runner.userId]))[0]!.n);

/** How many times the Run table was read on that server (each server counts its own queries). */
const runReadsOn = async (serverUrl: string) =>
  Number((await query<{ n: string }>(serverUrl, database, `SELECT coalesce(seq_scan, 0) + coalesce(idx_scan, 0) AS n FROM pg_stat_user_tables WHERE relname = 'Run'`))[0]?.n ?? 0);

async function api(path: string, body?: unknown) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method: body ? "POST" : "GET",
    headers: { authorization: `Bearer ${runner.token}`, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

test.beforeAll(async () => {
  // A hook's time is its own (the config's 60 s): migrations, the standby's wait and a server start.
  test.setTimeout(180_000);
  const databaseUrl = await prepareServerDatabase("replica", async (url) => {
    runner = createApiRunner(url, "replica@example.com");
  }, "scale");
  database = new URL(databaseUrl).pathname.slice(1);
  // The standby has the new database and the runner once it has replayed the primary's WAL so far.
  await standbyCaughtUp();
  expect(await query(STANDBY, database, `SELECT 1 FROM "User" WHERE id = $1`, [runner.userId])).toHaveLength(1);
  server = await startServer({ port: E2E_PORT + 75, databaseUrl, env: { DATABASE_REPLICA_URL: on(STANDBY, database) } });
});

test.afterAll(async () => {
  await query(STANDBY, "postgres", "SELECT pg_wal_replay_resume()").catch(() => undefined);
  await server?.stop();
});

test("with the standby's replay paused, a saved run is in the very next reads: they come from the primary", async () => {
  const health = await api("/api/health");
  expect(health.body.replicas).toEqual({ configured: 1, available: 1 });
  await query(STANDBY, "postgres", "SELECT pg_wal_replay_pause()");
  try {
    const saved = await api("/api/v1/runs", { date: today, distanceKm: 12.5 });
    expect(saved.status).toBe(201);
    // The standby really is behind: it has not got the run.
    expect(await runsOn(STANDBY)).toBe(0);
    const runs = await api(`/api/v1/runs?from=${today}&to=${today}`);
    expect((runs.body.runs as { id: string }[]).map((run) => run.id)).toEqual([(saved.body.run as { id: string }).id]);
    const weeks = await api(`/api/v1/weeks?from=${today}&to=${today}`);
    expect((weeks.body.weeks as { km: number }[]).at(-1)?.km).toBe(12.5);
    // The standby was asked and said it is behind: it did not fail, so it is still in use.
    expect((await api("/api/health")).body.replicas).toEqual({ configured: 1, available: 1 });
  } finally {
    await query(STANDBY, "postgres", "SELECT pg_wal_replay_resume()");
  }
});

test("once the standby has caught up, it serves the runner's log and the primary does not", async () => {
  await standbyCaughtUp();
  expect(await runsOn(STANDBY)).toBe(1);
  // A server adds a connection's counts to pg_stat_user_tables when it goes idle, up to 10 s late:
  // the counts are taken once they have stood still for 12 s.
  const settled = async (serverUrl: string) => {
    let last = await runReadsOn(serverUrl);
    for (let still = 0; still < 6; ) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const now = await runReadsOn(serverUrl);
      still = now === last ? still + 1 : 0;
      last = now;
    }
    return last;
  };
  const [primaryBefore, standbyBefore] = await Promise.all([settled(PRIMARY), settled(STANDBY)]);
  for (let i = 0; i < 10; i++) {
    const runs = await api(`/api/v1/runs?from=${today}&to=${today}`);
    expect((runs.body.runs as unknown[]).length).toBe(1);
  }
  await expect.poll(async () => (await runReadsOn(STANDBY)) - standbyBefore, { timeout: 20_000 }).toBeGreaterThanOrEqual(10);
  expect((await settled(PRIMARY)) - primaryBefore).toBe(0);
});

test("a standby that stops: reads go on from the primary and the health check shows it out", async () => {
  standby("replica-stop");
  try {
    for (let i = 0; i < 3; i++) {
      const runs = await api(`/api/v1/runs?from=${today}&to=${today}`);
      expect(runs.status).toBe(200);
      expect((runs.body.runs as unknown[]).length).toBe(1);
    }
    const health = await api("/api/health");
    expect(health.status).toBe(200);
    expect(health.body.replicas).toEqual({ configured: 1, available: 0 });
  } finally {
    standby("replica");
  }
});
