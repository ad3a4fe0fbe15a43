import { expect, test } from "@playwright/test";
import { prepareServerDatabase, startServer, type BenchServer } from "../bench/support/server";
import { createApiRunner } from "./support/api-runner";
import { credentialsForm, importOverHttp, postCredentials, signInOverHttp } from "./support/http-session";

// Issue 20 on a server with no proxy in front (no TRUST_PROXY), as a runner who serves Stridewise
// straight to the network has it: what the client says in X-Forwarded-* must change nothing. Its public
// address is https, as behind TLS. 127.0.0.1 only; every loop is bounded.
const PORT = Number(process.env.E2E_PORT ?? 3210) + 72;
const LIMITS = { API_RATE_LIMIT_PER_IP_PER_MINUTE: "20", SIGNUP_RATE_LIMIT_PER_HOUR: "3" };
test.describe.configure({ mode: "serial", timeout: 120_000 });

let server: BenchServer;
let runner = { userId: "", token: "" };

test.beforeAll(async () => {
  const databaseUrl = await prepareServerDatabase("hardening-proxy", async (url) => {
    runner = createApiRunner(url, "direct@example.com");
  }, "reliability");
  server = await startServer({ port: PORT, databaseUrl, env: { ...LIMITS, NEXTAUTH_URL: `https://127.0.0.1:${PORT}` } });
});

test.afterAll(async () => {
  await server?.stop();
});

const LONE_SURROGATE_NOTE = '{"date":"2025-01-07","distanceKm":5,"notes":"a\\ud800b"}';

test("text that is not well-formed Unicode is a 400 in the API and a failed file in the import", async () => {
  const response = await fetch(`${server.baseUrl}/api/v1/runs`, {
    method: "POST",
    headers: { authorization: `Bearer ${runner.token}`, "content-type": "application/json" },
    body: LONE_SURROGATE_NOTE,
  });
  expect(response.status).toBe(400);
  expect(await response.json()).toMatchObject({ error: { code: "invalid_json", message: expect.stringContaining("well-formed Unicode") } });

  const cookie = await signInOverHttp(server.baseUrl, "direct@example.com", "reliability-password");
  const log = `{"format":"stridewise-log","version":1,"runs":[{"id":"r1","date":"2025-01-07","distanceKm":5,"notes":"a\\ud800b"}]}`;
  const report = await importOverHttp(server.baseUrl, cookie, "log.json", new TextEncoder().encode(log));
  expect(report).toMatchObject({ status: "failed", error: "runs[0].notes: must be well-formed Unicode text (it has a lone surrogate)" });
});

test("the pages' script policy has a nonce and no 'unsafe-inline', and HSTS is sent for an https address", async () => {
  const response = await fetch(`${server.baseUrl}/signin`);
  const policy = response.headers.get("content-security-policy") ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  // Next puts the same nonce on the scripts it renders.
  expect(await response.text()).toContain(`nonce="${nonce}"`);
  expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000");
  expect((await fetch(`${server.baseUrl}/api/health`)).headers.get("strict-transport-security")).toBe("max-age=31536000");
});

test("a forged X-Forwarded-Host does not get a cross-site server action past the origin check", async () => {
  const cookie = await signInOverHttp(server.baseUrl, "direct@example.com", "reliability-password");
  // An action id that does not exist: past the origin check Next answers 409 (no such action), before it 500.
  const action = (headers: Record<string, string>) =>
    fetch(`${server.baseUrl}/settings`, {
      method: "POST",
      headers: { cookie, "next-action": "7f".padEnd(42, "0"), "content-type": "text/plain;charset=UTF-8", ...headers },
      body: "[]",
    });
  expect((await action({ origin: server.baseUrl })).status).toBe(409);
  const forged = await action({ origin: "https://evil.example", "x-forwarded-host": "evil.example" });
  expect(forged.status).toBe(500);
});

test("sign-up is limited per client address, whatever X-Forwarded-For says", async ({ browser }) => {
  const messages: string[] = [];
  for (let i = 0; i < 4; i++) {
    // A new browser each time: a signed-in one is sent on from the sign-up page.
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${i + 10}` } });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/signup`);
    await page.getByLabel("Email").fill(`new-${i}@example.com`);
    await page.getByLabel("Password").fill("correct-horse-battery");
    await page.getByRole("button", { name: "Create account" }).click();
    // Either the account is made and the runner signed in, or the form says why not.
    await Promise.race([page.waitForURL((url) => url.pathname !== "/signup", { timeout: 30_000 }), page.getByRole("status").waitFor({ timeout: 30_000 })]);
    const stayed = new URL(page.url()).pathname === "/signup";
    messages.push(stayed ? ((await page.getByRole("status").textContent({ timeout: 2000 }).catch(() => null)) ?? "no message") : "signed up");
    await context.close();
  }
  expect(messages.slice(0, 3)).toEqual(["signed up", "signed up", "signed up"]);
  expect(messages[3]).toContain("Too many sign-ups from this address");
});

test("a new X-Forwarded-For per request gets no more sign-in attempts or token guesses", async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) {
    const form = await credentialsForm(server.baseUrl, { email: `nobody-${i}@example.com`, password: "guess" });
    statuses.push((await postCredentials(server.baseUrl, form, { "x-forwarded-for": `198.51.100.${i + 1}` })).status);
  }
  expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
  expect(statuses.slice(10)).toEqual([429, 429]);

  const guesses: number[] = [];
  for (let i = 0; i < 25; i++) {
    const response = await fetch(`${server.baseUrl}/api/v1/runs`, {
      headers: { authorization: `Bearer sw_guess-${i}`, "x-forwarded-for": `192.0.2.${i + 1}` },
    });
    guesses.push(response.status);
  }
  expect(guesses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(5);
});
