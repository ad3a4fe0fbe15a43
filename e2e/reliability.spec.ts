import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { localDateOf } from "../lib/analysis/dates";
import { prepareServerDatabase, startServer, type BenchServer } from "../bench/support/server";
import { isPostgresUrl } from "../lib/db-url";
import { createApiRunner, expectedAlerts, openDatabase, storedLog } from "./support/api-runner";

// Each test runs its own production server on its own database, with the API's rate limits lifted:
// these tests are about what the server keeps, not about throttling.
const NO_LIMITS = { API_RATE_LIMIT_PER_MINUTE: "1000000", API_RATE_LIMIT_PER_IP_PER_MINUTE: "1000000" };
test.describe.configure({ timeout: 240_000 });
// Its own servers, on ports beside the shared one's: several suites may run on one machine at once.
const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);

function daysAgo(today: string, days: number): string {
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

async function postRun(server: BenchServer, token: string, body: unknown) {
  const response = await fetch(`${server.baseUrl}/api/v1/runs`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { run?: { id: string } };
  return { status: response.status, id: json.run?.id };
}

test("20 clients create 100 runs each at once: 2,000 stored, no errors, alerts match the final log", async () => {
  let runner = { userId: "", token: "" };
  const databaseUrl = await prepareServerDatabase("concurrency", async (url) => {
    runner = createApiRunner(url, "concurrency@example.com");
  }, "reliability");
  const server = await startServer({ port: E2E_PORT + 61, databaseUrl, env: NO_LIMITS });
  try {
    const today = localDateOf(new Date(), "UTC");
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, async (_, client) => {
        for (let i = 0; i < 100; i++) {
          const pain = i % 7 === 0 ? [{ location: "knee", side: "left", score: 3 + (i % 4) }] : [];
          const body = { date: daysAgo(today, (client * 100 + i) % 120), distanceKm: 4 + ((client + i) % 12), pain };
          statuses.push((await postRun(server, runner.token, body)).status);
        }
      }),
    );
    expect(statuses.filter((status) => status !== 201)).toEqual([]);

    const { runIds, openAlerts: open } = storedLog(databaseUrl, runner.userId);
    expect(runIds).toHaveLength(2000);

    // The stored alerts are exactly what the analyser says about the final log.
    const expected = expectedAlerts(databaseUrl, runner.userId, today)
      .map(({ rule, key, severity }) => ({ rule, key, severity }))
      .sort((a, b) => (a.rule + a.key < b.rule + b.key ? -1 : 1));
    expect(expected.length).toBeGreaterThan(0);
    expect(open).toEqual(expected);
  } finally {
    await server.stop();
  }
});

test("20 clients post the same run and the same pain day at once with one Idempotency-Key: one row each", async () => {
  let runner = { userId: "", token: "" };
  const databaseUrl = await prepareServerDatabase("idempotency", async (url) => {
    runner = createApiRunner(url, "idempotency@example.com");
  }, "reliability");
  const server = await startServer({ port: E2E_PORT + 65, databaseUrl, env: NO_LIMITS });
  try {
    const today = localDateOf(new Date(), "UTC");
    const post = async (path: string, key: string, body: unknown) => {
      const response = await fetch(`${server.baseUrl}${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${runner.token}`, "content-type": "application/json", "idempotency-key": key },
        body: JSON.stringify(body),
      });
      const json = (await response.json()) as { run?: { id: string }; painDay?: { id: string }; raisedAlerts?: { key: string }[] };
      return { status: response.status, id: json.run?.id ?? json.painDay?.id, raised: json.raisedAlerts?.map((alert) => alert.key) };
    };
    // Each raises an alert of its own (severe pain, pain the next morning) in whichever order they
    // are stored, so each answer shows what the one stored entry raised.
    const run = { date: today, distanceKm: 8, pain: [{ location: "knee", side: "left", score: 8 }] };
    const painDay = { date: today, location: "shin", side: "right", score: 4, timing: "next_morning" };
    const [runs, painDays] = await Promise.all([
      Promise.all(Array.from({ length: 20 }, () => post("/api/v1/runs", "outbox-run-1", run))),
      Promise.all(Array.from({ length: 20 }, () => post("/api/v1/pain-days", "outbox-pain-1", painDay))),
    ]);
    for (const answers of [runs, painDays]) {
      // One post stored it; the other nineteen were answered with that same entry.
      expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
      expect(answers.filter((answer) => answer.status !== 201 && answer.status !== 200)).toEqual([]);
      expect(new Set(answers.map((answer) => answer.id)).size).toBe(1);
      const raised = answers.find((answer) => answer.status === 201)!.raised;
      expect(raised?.length).toBeGreaterThan(0);
      for (const answer of answers) expect(answer.raised).toEqual(raised);
    }
    // Another key is another entry.
    expect((await post("/api/v1/runs", "outbox-run-2", run)).status).toBe(201);

    const { runIds, painDays: restDays, runPain } = storedLog(databaseUrl, runner.userId);
    expect({ runs: runIds.length, painDays: restDays, runPain }).toEqual({ runs: 2, painDays: 1, runPain: 2 });
  } finally {
    await server.stop();
  }
});

test("kill -9 while clients write: after a restart the database is intact and every acknowledged run is there", async () => {
  let runner = { userId: "", token: "" };
  const databaseUrl = await prepareServerDatabase("crash", async (url) => {
    runner = createApiRunner(url, "crash@example.com");
  }, "reliability");
  let server = await startServer({ port: E2E_PORT + 62, databaseUrl, env: NO_LIMITS });
  const today = localDateOf(new Date(), "UTC");
  const acknowledged: string[] = [];
  let failed = 0;
  let stop = false;
  const writers = Array.from({ length: 8 }, async (_, client) => {
    for (let i = 0; !stop; i++) {
      try {
        const result = await postRun(server, runner.token, { date: daysAgo(today, i % 60), distanceKm: 5 + client });
        if (result.status === 201 && result.id) acknowledged.push(result.id);
      } catch {
        failed += 1; // the connection died with the server: this write was never acknowledged
        return;
      }
    }
  });
  while (acknowledged.length < 150) await new Promise((resolve) => setTimeout(resolve, 20));
  await server.crash();
  stop = true;
  await Promise.all(writers);

  server = await startServer({ port: E2E_PORT + 62, databaseUrl, env: NO_LIMITS });
  try {
    const health = await fetch(`${server.baseUrl}/api/health`);
    expect(health.status).toBe(200);
    if (!isPostgresUrl(databaseUrl)) {
      // SQLite: the file itself survived the kill (PostgreSQL is a server of its own, not killed here).
      const db = openDatabase(databaseUrl);
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      db.close();
    }
    const stored = new Set(storedLog(databaseUrl, runner.userId).runIds);
    const lost = acknowledged.filter((id) => !stored.has(id));
    console.log(`crash test: ${acknowledged.length} acknowledged writes, ${failed} cut off, ${stored.size} stored, ${lost.length} lost`);
    expect(lost).toEqual([]);
    expect(stored.size).toBeGreaterThanOrEqual(acknowledged.length);
  } finally {
    await server.stop();
  }
});

test("a production server without NEXTAUTH_SECRET refuses to start and says why", async () => {
  const databaseUrl = await prepareServerDatabase("no-secret", async () => undefined, "reliability");
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl };
  // Empty rather than absent, so a developer's .env cannot fill it in.
  env.NEXTAUTH_SECRET = "";
  const next = path.join(process.cwd(), "node_modules", ".bin", "next");
  const server = spawn(next, ["start", "-p", String(E2E_PORT + 64), "-H", "127.0.0.1"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  server.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      server.kill("SIGKILL");
      resolve(null);
    }, 30_000);
    server.once("exit", (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  expect(output).toContain("NEXTAUTH_SECRET must be set in production");
  expect(code).not.toBe(0);
  expect(code).not.toBeNull();
});
