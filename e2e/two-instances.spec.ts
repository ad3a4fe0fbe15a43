import { expect, test } from "@playwright/test";
import { localDateOf } from "../lib/analysis/dates";
import { IMPORT_HEADER } from "../lib/import/events";
import { startTestSmtpServer, testEmailEnv, type TestSmtpServer } from "../lib/server/email/test-smtp";
import { prepareServerDatabase, startServer, type BenchServer } from "../bench/support/server";
import { addApiTokens, createApiRunner, expectedAlerts, optInToHighAlertEmails, storedLog } from "./support/api-runner";
import { credentialsForm, postCredentials, signInOverHttp } from "./support/http-session";

// Issue 18: two production servers on one PostgreSQL database, requests alternating between them, as
// behind a load balancer. Runs in the PostgreSQL pass only (TEST_DATABASE_URL=postgresql://..., see
// playwright.config.ts): two servers on one SQLite file is not a set-up Stridewise offers.
test.describe.configure({ mode: "serial", timeout: 300_000 });
const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
const PER_TOKEN = 120;

let smtp: TestSmtpServer;
let databaseUrl: string;
let servers: BenchServer[] = [];
const server = (i: number) => servers[i % servers.length]!;

test.beforeAll(async () => {
  smtp = await startTestSmtpServer();
  databaseUrl = await prepareServerDatabase("two_instances", async () => undefined, "scale");
  const env = {
    ...testEmailEnv(smtp.port),
    API_RATE_LIMIT_PER_MINUTE: String(PER_TOKEN),
    API_RATE_LIMIT_PER_IP_PER_MINUTE: "1000000",
  };
  servers = await Promise.all([71, 72].map((offset) => startServer({ port: E2E_PORT + offset, databaseUrl, env })));
});

test.afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await smtp.close();
});

function daysAgo(today: string, days: number): string {
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

async function api(target: BenchServer, token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${target.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = (await response.json().catch(() => ({}))) as { run?: { id: string } };
  return { status: response.status, id: json.run?.id, retryAfter: response.headers.get("retry-after") };
}

test("the per-token rate limit holds across both servers: the 121st request in a minute gets 429 from either", async () => {
  const runner = createApiRunner(databaseUrl, "limits@example.com");
  // The limit counts in clock minutes: start early in one, so the 122 requests fall in the same.
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 30_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoMinute));
  const statuses: number[] = [];
  for (let batch = 0; batch < PER_TOKEN / 20; batch++) {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => api(server(i), runner.token, "GET", "/api/v1/shoes")));
    statuses.push(...answers.map((answer) => answer.status));
  }
  expect(statuses.filter((status) => status !== 200)).toEqual([]);
  const [onA, onB] = [await api(server(0), runner.token, "GET", "/api/v1/shoes"), await api(server(1), runner.token, "GET", "/api/v1/shoes")];
  expect([onA.status, onB.status]).toEqual([429, 429]);
  expect(Number(onB.retryAfter)).toBeGreaterThanOrEqual(1);
});

test("an upload whose parts go to different servers completes", async () => {
  const runner = createApiRunner(databaseUrl, "upload@example.com");
  const cookie = await signInOverHttp(server(0).baseUrl, "upload@example.com", "reliability-password");
  const today = localDateOf(new Date(), "UTC");
  const log = JSON.stringify({ format: "stridewise-log", version: 1, runs: [{ id: "r1", date: today, distanceKm: 6.5 }], painDays: [], shoes: [] });
  const bytes = new TextEncoder().encode(log);
  const half = Math.floor(bytes.length / 2);
  const parts = [bytes.slice(0, half), bytes.slice(half)];
  const answers: { status: number; text: string }[] = [];
  for (const [part, chunk] of parts.entries()) {
    const response = await fetch(`${server(part).baseUrl}/import/file?name=log.json&upload=two-servers-1&part=${part}&parts=2`, {
      method: "POST",
      headers: { cookie, [IMPORT_HEADER]: "1", "content-type": "application/octet-stream" },
      body: chunk,
    });
    answers.push({ status: response.status, text: await response.text() });
  }
  expect(answers[0]!.status).toBe(202);
  expect(answers[1]!.status).toBe(200);
  expect(answers[1]!.text).toContain('"type":"report"');
  expect(storedLog(databaseUrl, runner.userId).runIds).toHaveLength(1);
});

test("sign-in locks after 10 failures spread over both servers", async () => {
  createApiRunner(databaseUrl, "locked@example.com");
  for (let i = 0; i < 10; i++) {
    const target = server(i).baseUrl;
    const response = await postCredentials(target, await credentialsForm(target, { email: "locked@example.com", password: `wrong-${i}` }), {
      "x-forwarded-for": `203.0.113.${i + 1}`,
    });
    expect(response.status).toBe(401);
  }
  for (const target of [server(0).baseUrl, server(1).baseUrl]) {
    const locked = await postCredentials(target, await credentialsForm(target, { email: "locked@example.com", password: "reliability-password" }));
    expect(locked.status).toBe(429);
  }
});

test("a high-alert email is sent once, though both servers run the email worker", async () => {
  const runner = createApiRunner(databaseUrl, "knee@example.com");
  optInToHighAlertEmails(databaseUrl, runner.userId);
  const today = localDateOf(new Date(), "UTC");
  // Knee pain on four runs over 19 days, up to yesterday: PAIN_PERSIST (high), saved through both servers.
  for (const [i, days] of [20, 13, 6, 1].entries()) {
    const pain = [{ location: "knee", side: "left", score: 4 }];
    expect((await api(server(i), runner.token, "POST", "/api/v1/runs", { date: daysAgo(today, days), distanceKm: 8, pain })).status).toBe(201);
  }
  const toRunner = () => smtp.received.filter((mail) => mail.to.includes("knee@example.com"));
  await expect.poll(() => toRunner().length, { timeout: 60_000, intervals: [500] }).toBe(1);
  // Both workers have made at least one more pass (every 15 s) since: still one.
  await new Promise((resolve) => setTimeout(resolve, 16_000));
  expect(toRunner().map((mail) => mail.subject)).toEqual(["Stridewise: the pain in your left knee has lasted over two weeks"]);
});

test("20 clients x 100 runs split across both servers: 2,000 stored, no errors, alerts equal the analyser's", async () => {
  const runner = createApiRunner(databaseUrl, "load@example.com");
  const tokens = addApiTokens(databaseUrl, runner.userId, 20);
  const today = localDateOf(new Date(), "UTC");
  const failures: number[] = [];
  await Promise.all(
    tokens.map(async (token, client) => {
      for (let i = 0; i < 100; i++) {
        const pain = i % 7 === 0 ? [{ location: "knee", side: "left", score: 3 + (i % 4) }] : [];
        const body = { date: daysAgo(today, (client * 100 + i) % 120), distanceKm: 4 + ((client + i) % 12), pain };
        const { status } = await api(server(client + i), token, "POST", "/api/v1/runs", body);
        if (status !== 201) failures.push(status);
      }
    }),
  );
  expect(failures).toEqual([]);
  const stored = storedLog(databaseUrl, runner.userId);
  expect(stored.runIds).toHaveLength(2000);
  const expected = expectedAlerts(databaseUrl, runner.userId, today)
    .map(({ rule, key, severity }) => ({ rule, key, severity }))
    .sort((a, b) => (a.rule + a.key < b.rule + b.key ? -1 : 1));
  expect(expected.length).toBeGreaterThan(0);
  expect(stored.openAlerts).toEqual(expected);
});

test("kill -9 of one server during writes loses no acknowledged write, and the other keeps serving", async () => {
  const runner = createApiRunner(databaseUrl, "crash@example.com");
  const tokens = addApiTokens(databaseUrl, runner.userId, 8);
  const today = localDateOf(new Date(), "UTC");
  const acknowledged: string[] = [];
  let cutOff = 0;
  let stop = false;
  let crashed = false;
  const [doomed, survivor] = servers;
  const writers = tokens.map(async (token, client) => {
    for (let i = 0; !stop; i++) {
      // Half the clients write to the server that dies; once it is gone they go to the other.
      const target = client % 2 === 0 && !crashed ? doomed! : survivor!;
      try {
        const result = await api(target, token, "POST", "/api/v1/runs", { date: daysAgo(today, i % 60), distanceKm: 5 + client });
        if (result.status === 201 && result.id) acknowledged.push(result.id);
      } catch {
        cutOff += 1; // the connection died with the server: never acknowledged
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  });
  while (acknowledged.length < 150) await new Promise((resolve) => setTimeout(resolve, 20));
  await doomed!.crash();
  crashed = true;
  servers = [survivor!];
  const atCrash = acknowledged.length;
  while (acknowledged.length < atCrash + 100) await new Promise((resolve) => setTimeout(resolve, 20));
  stop = true;
  await Promise.all(writers);

  expect((await fetch(`${survivor!.baseUrl}/api/health`)).status).toBe(200);
  const stored = new Set(storedLog(databaseUrl, runner.userId).runIds);
  const lost = acknowledged.filter((id) => !stored.has(id));
  console.log(`two-instance crash: ${acknowledged.length} acknowledged (${atCrash} before the kill), ${cutOff} cut off, ${stored.size} stored, ${lost.length} lost`);
  expect(lost).toEqual([]);
});
