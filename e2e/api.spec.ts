import { expect, test, type APIRequestContext, type APIResponse, type Browser } from "@playwright/test";
import { resolvePointer, schemaErrors } from "../lib/api/json-schema-check";
import { buildOpenApiDocument, RESPONSE_SCHEMAS, type ResponseSchemaName } from "../lib/api/openapi";
import { signUpAndIn } from "./support/fixtures";

// The JSON API (issue #6) against the built app: every endpoint, its errors, another runner's token,
// revoked tokens and the rate limit (the server runs with API_RATE_LIMIT_PER_MINUTE=60, see
// playwright.config.ts). Every response is checked against the OpenAPI document, which the last test
// shows is the one the server serves.
const openapi = buildOpenApiDocument();
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A new runner with a token made in Settings, as a runner would; the page stays signed in. */
async function apiRunner(browser: Browser, request: APIRequestContext, tokenName = "Test script") {
  const page = await (await browser.newContext()).newPage();
  await signUpAndIn(page);
  await page.goto("/settings");
  await page.getByLabel("Token name").fill(tokenName);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByLabel("Your new token").inputValue();
  expect(token).toMatch(/^sw_[\w-]{43}$/);
  return { page, token, api: client(request, token) };
}

type Call = { id?: string; data?: unknown; params?: Record<string, string | number>; headers?: Record<string, string> };

/** Calls an operation by its OpenAPI path and checks the response against the document. */
function client(request: APIRequestContext, token: string | null) {
  return async (method: "get" | "post" | "put" | "patch" | "delete", path: string, call: Call = {}) => {
    const url = path.replace("{id}", call.id ?? "");
    const headers = { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...call.headers };
    const response = await request.fetch(url, { method, headers, data: call.data, params: call.params });
    const body = await documented(response, method, path);
    return { status: response.status(), body, headers: response.headers() };
  };
}

async function documented(response: APIResponse, method: string, path: string): Promise<Json> {
  const status = String(response.status());
  let declared = (openapi.paths[path]?.[method] as Json | undefined)?.responses?.[status] as Json | undefined;
  expect(declared, `${method.toUpperCase()} ${path} documents ${status}`).toBeDefined();
  if (declared!.$ref) declared = resolvePointer(openapi, declared!.$ref) as Json;
  const schema = declared!.content?.["application/json"]?.schema as Json | undefined;
  if (!schema) {
    expect(await response.text()).toBe("");
    return {};
  }
  const body = (await response.json()) as Json;
  expect(schemaErrors(body, schema, openapi), `${method.toUpperCase()} ${path} ${status}`).toEqual([]);
  const name = (schema.$ref as string).split("/").at(-1) as ResponseSchemaName;
  expect(RESPONSE_SCHEMAS[name].safeParse(body).success).toBe(true);
  return body;
}

const run = (date: string, distanceKm: number, extra: Json = {}) => ({ date, distanceKm, ...extra });
const daysBefore = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

test("runs: create with a shoe and pain, read, list a date range page by page, replace, delete", async ({ browser, request }) => {
  const { api } = await apiRunner(browser, request);
  const today = (await api("get", "/api/v1/weeks")).body.asOf as string;
  const shoe = await api("post", "/api/v1/shoes", { data: { name: "Pegasus 40", startKm: 590 } });
  expect(shoe.status).toBe(201);

  const pain = [{ location: "knee", side: "left", score: 3, timing: "after" }];
  const created = await api("post", "/api/v1/runs", {
    data: run(today, 10.5, { durationSec: 3300, startTime: "06:30", rpe: 5, type: "long", shoeId: shoe.body.shoe.id, notes: "from a script", pain }),
  });
  expect(created.status).toBe(201);
  expect(created.headers.location).toBe(`/api/v1/runs/${created.body.run.id}`);
  expect(created.body.run).toMatchObject({ date: today, distanceKm: 10.5, durationSec: 3300, source: "api", shoeId: shoe.body.shoe.id });
  expect(created.body.run.pain[0]).toMatchObject({ location: "knee", side: "left", score: 3, timing: "after", swelling: false });
  for (const days of [3, 6]) expect((await api("post", "/api/v1/runs", { data: run(daysBefore(today, days), 5) })).status).toBe(201);

  const read = await api("get", "/api/v1/runs/{id}", { id: created.body.run.id });
  expect(read.body.run).toEqual(created.body.run);
  expect((await api("get", "/api/v1/shoes/{id}", { id: shoe.body.shoe.id })).body.shoe.totalKm).toBe(600.5);

  const range = { from: daysBefore(today, 6), to: daysBefore(today, 1), pageSize: 1 };
  const first = await api("get", "/api/v1/runs", { params: { ...range, page: 1 } });
  const second = await api("get", "/api/v1/runs", { params: { ...range, page: 2 } });
  expect(first.body).toMatchObject({ total: 2, pages: 2, page: 1, pageSize: 1 });
  expect([first.body.runs[0].date, second.body.runs[0].date]).toEqual([daysBefore(today, 6), daysBefore(today, 3)]);
  expect((await api("get", "/api/v1/runs")).body.total).toBe(3);

  const replaced = await api("put", "/api/v1/runs/{id}", { id: created.body.run.id, data: run(today, 8) });
  expect(replaced.status).toBe(200);
  expect(replaced.body.run).toMatchObject({ distanceKm: 8, durationSec: null, shoeId: null, pain: [], type: "easy" });

  expect((await api("delete", "/api/v1/runs/{id}", { id: created.body.run.id })).status).toBe(204);
  expect((await api("get", "/api/v1/runs/{id}", { id: created.body.run.id })).status).toBe(404);
  expect((await api("delete", "/api/v1/runs/{id}", { id: created.body.run.id })).status).toBe(404);
});

test("shoes, rest-day pain, weeks and alerts: a long run raises a spike that can be acknowledged once", async ({ browser, request }) => {
  const { api } = await apiRunner(browser, request);
  const today = (await api("get", "/api/v1/weeks")).body.asOf as string;

  const shoe = (await api("post", "/api/v1/shoes", { data: { name: "Old trainers", isDefault: true } })).body.shoe;
  expect(shoe).toMatchObject({ startKm: 0, retireKm: 800, isDefault: true, retired: false, totalKm: 0, runs: 0 });
  // The README's example: a partial body changes what it names and keeps the rest.
  const readmeRetire = await api("put", "/api/v1/shoes/{id}", { id: shoe.id, data: { retired: true } });
  expect(readmeRetire.status).toBe(200);
  expect(readmeRetire.body.shoe).toMatchObject({ name: "Old trainers", retireKm: 800, retired: true, isDefault: false });
  const patched = await api("patch", "/api/v1/shoes/{id}", { id: shoe.id, data: { name: "Daily trainers", retireKm: 650, retired: false } });
  expect(patched.body.shoe).toMatchObject({ name: "Daily trainers", retireKm: 650, startKm: 0, retired: false, isDefault: false });
  const retired = await api("put", "/api/v1/shoes/{id}", { id: shoe.id, data: { name: "Old trainers", retireKm: 600, isDefault: true, retired: true } });
  expect(retired.body.shoe).toMatchObject({ retireKm: 600, retired: true, isDefault: false });
  expect((await api("get", "/api/v1/shoes")).body.shoes).toEqual([retired.body.shoe]);

  const painDay = await api("post", "/api/v1/pain-days", { data: { date: today, location: "achilles", side: "right", score: 4, nightPain: true } });
  expect(painDay.status).toBe(201);
  expect(painDay.body.painDay).toMatchObject({ date: today, location: "achilles", score: 4, timing: "during", nightPain: true });
  expect((await api("get", "/api/v1/pain-days/{id}", { id: painDay.body.painDay.id })).body.painDay).toEqual(painDay.body.painDay);
  // 4/10 with night pain: a warning sign, which the answer lists with its wording and advice.
  expect(painDay.body.raisedAlerts).toEqual([
    expect.objectContaining({ rule: "PAIN_REDFLAG", severity: "high", title: "Warning sign: right Achilles", adviceUrl: "/advice#advice-see-a-professional" }),
  ]);
  expect((await api("get", "/api/v1/pain-days", { params: { limit: 5 } })).body.painDays).toEqual([painDay.body.painDay]);
  const corrected = await api("put", "/api/v1/pain-days/{id}", { id: painDay.body.painDay.id, data: { date: today, location: "achilles", side: "left", score: 5 } });
  expect(corrected.status).toBe(200);
  expect(corrected.body.painDay).toMatchObject({ id: painDay.body.painDay.id, side: "left", score: 5, nightPain: false });
  expect((await api("get", "/api/v1/pain-days/{id}", { id: painDay.body.painDay.id })).body.painDay).toEqual(corrected.body.painDay);
  expect((await api("delete", "/api/v1/pain-days/{id}", { id: painDay.body.painDay.id })).status).toBe(204);
  expect((await api("get", "/api/v1/pain-days")).body.painDays).toEqual([]);

  await api("post", "/api/v1/runs", { data: run(daysBefore(today, 20), 5) });
  const long = await api("post", "/api/v1/runs", { data: run(today, 8) });
  const spike = long.body.newAlerts.find((alert: Json) => alert.rule === "SPIKE");
  expect(spike).toMatchObject({ key: long.body.run.id, severity: "warning", data: { runKm: 8, longest30Km: 5 } });
  expect(long.body.raisedAlerts.find((alert: Json) => alert.rule === "SPIKE")).toMatchObject({
    ...spike,
    title: "Long-run spike",
    explanation: expect.stringContaining("8 km is 60% longer than your longest run of the 30 days before it, 5 km."),
    adviceUrl: "/advice#advice-long-run-steps",
  });

  const weeks = await api("get", "/api/v1/weeks", { params: { from: daysBefore(today, 6), to: today } });
  expect(weeks.body.weeks.at(-1)).toMatchObject({ km: 8, runs: 1, longestKm: 8, ascentM: null, descentM: null });
  expect(weeks.body.weeks.length).toBeLessThanOrEqual(2);

  const open = (await api("get", "/api/v1/alerts")).body.alerts.find((alert: Json) => alert.rule === "SPIKE");
  expect(open).toMatchObject({ status: "open", key: long.body.run.id });
  const acknowledged = await api("post", "/api/v1/alerts/{id}/acknowledge", { id: open.id });
  expect(acknowledged.body.alert).toMatchObject({ id: open.id, status: "acknowledged" });
  expect((await api("post", "/api/v1/alerts/{id}/acknowledge", { id: open.id })).body.error.code).toBe("conflict");
  const listed = await api("get", "/api/v1/alerts", { params: { status: "acknowledged" } });
  expect(listed.body.alerts.map((alert: Json) => alert.id)).toContain(open.id);
});

test("an Idempotency-Key posted again answers 200 with the stored entry and the alerts its first post raised", async ({ browser, request }) => {
  const { api } = await apiRunner(browser, request);
  const today = (await api("get", "/api/v1/weeks")).body.asOf as string;
  const posts = [
    { path: "/api/v1/runs", key: "script-run-1", data: run(today, 6, { pain: [{ location: "knee", side: "left", score: 8 }] }) },
    { path: "/api/v1/pain-days", key: "script-pain-1", data: { date: today, location: "shin", side: "right", score: 4, timing: "next_morning" } },
  ];
  for (const { path, key, data } of posts) {
    const headers = { "Idempotency-Key": key };
    const first = await api("post", path, { data, headers });
    expect(first.status).toBe(201);
    expect(first.body.raisedAlerts.length).toBeGreaterThan(0);
    // The answer was lost; the script posts again.
    const again = await api("post", path, { data, headers });
    expect(again.status).toBe(200);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.body.run ?? again.body.painDay).toEqual(first.body.run ?? first.body.painDay);
    expect(again.body.raisedAlerts).toEqual(first.body.raisedAlerts);
  }
  expect((await api("get", "/api/v1/runs")).body.total).toBe(1);
  expect((await api("get", "/api/v1/pain-days")).body.painDays).toHaveLength(1);
});

test("bad input gets a 4xx naming the field, never a 500", async ({ browser, request }) => {
  const { api, token } = await apiRunner(browser, request);
  const invalid = await api("post", "/api/v1/runs", {
    data: { date: "2025-02-30", distanceKm: -1, durationSec: 10, pain: [{ location: "elbow", side: "left", score: 11 }] },
  });
  expect(invalid.status).toBe(400);
  expect(invalid.body.error.code).toBe("validation_failed");
  expect(invalid.body.error.fields).toMatchObject({
    date: "Enter a date as YYYY-MM-DD",
    distanceKm: expect.stringContaining("more than 0"),
    "pain.0.location": "Choose where it hurts",
    "pain.0.score": expect.stringContaining("between 0 and 10"),
  });
  const notYourShoe = await api("post", "/api/v1/runs", { data: run("2025-01-01", 5, { shoeId: "no-such-shoe" }) });
  expect(notYourShoe.body.error.fields).toEqual({ shoeId: "Choose one of your shoes" });
  expect((await api("post", "/api/v1/runs", { data: [1, 2] })).body.error.fields).toHaveProperty("form");
  expect((await api("put", "/api/v1/shoes/{id}", { id: "x", data: { name: " " } })).body.error.fields).toHaveProperty("name");
  expect((await api("post", "/api/v1/pain-days", { data: { date: "2025-01-01", side: "left", score: 2 } })).body.error.fields).toHaveProperty("location");

  expect((await api("get", "/api/v1/runs", { params: { page: 0 } })).body.error.fields).toHaveProperty("page");
  expect((await api("get", "/api/v1/weeks", { params: { from: "2025-02-01", to: "2025-01-01" } })).body.error.fields).toEqual({ to: "to must not be before from" });
  expect((await api("get", "/api/v1/alerts", { params: { status: "maybe" } })).status).toBe(400);

  const malformed = await api("post", "/api/v1/runs", { data: Buffer.from("{ distanceKm: 5"), headers: { "Content-Type": "application/json" } });
  expect([malformed.status, malformed.body.error.code]).toEqual([400, "invalid_json"]);
  const form = await api("post", "/api/v1/runs", { data: Buffer.from("distanceKm=5"), headers: { "Content-Type": "application/x-www-form-urlencoded" } });
  expect([form.status, form.body.error.code]).toEqual([415, "unsupported_media_type"]);
  const huge = await api("post", "/api/v1/shoes", { data: { name: "x", notes: "x".repeat(1_100_000) } });
  expect([huge.status, huge.body.error.code]).toEqual([413, "payload_too_large"]);

  const unknown = await request.get("/api/v1/nothing-here", { headers: { Authorization: `Bearer ${token}` } });
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe("not_found");
});

test("another runner's token gets 404 on every resource of the first runner, and changes nothing", async ({ browser, request }) => {
  const [a, b] = await Promise.all([apiRunner(browser, request, "A's phone"), apiRunner(browser, request, "B's script")]);
  const today = (await a.api("get", "/api/v1/weeks")).body.asOf as string;
  const shoe = (await a.api("post", "/api/v1/shoes", { data: { name: "A's racer" } })).body.shoe;
  await a.api("post", "/api/v1/runs", { data: run(daysBefore(today, 20), 5) });
  const runBody = (await a.api("post", "/api/v1/runs", { data: run(today, 9, { shoeId: shoe.id, notes: "A's secret" }) })).body;
  const painDay = (await a.api("post", "/api/v1/pain-days", { data: { date: today, location: "shin", side: "both", score: 2 } })).body.painDay;
  const alert = (await a.api("get", "/api/v1/alerts")).body.alerts[0];
  expect(alert).toBeDefined();
  const before = await Promise.all([
    a.api("get", "/api/v1/runs/{id}", { id: runBody.run.id }),
    a.api("get", "/api/v1/shoes/{id}", { id: shoe.id }),
    a.api("get", "/api/v1/pain-days/{id}", { id: painDay.id }),
  ]);

  const attempts = [
    b.api("get", "/api/v1/runs/{id}", { id: runBody.run.id }),
    b.api("put", "/api/v1/runs/{id}", { id: runBody.run.id, data: run(today, 1) }),
    b.api("delete", "/api/v1/runs/{id}", { id: runBody.run.id }),
    b.api("get", "/api/v1/shoes/{id}", { id: shoe.id }),
    b.api("put", "/api/v1/shoes/{id}", { id: shoe.id, data: { name: "stolen" } }),
    b.api("get", "/api/v1/pain-days/{id}", { id: painDay.id }),
    b.api("put", "/api/v1/pain-days/{id}", { id: painDay.id, data: { date: today, location: "knee", side: "left", score: 9 } }),
    b.api("delete", "/api/v1/pain-days/{id}", { id: painDay.id }),
    b.api("post", "/api/v1/alerts/{id}/acknowledge", { id: alert.id }),
  ];
  for (const attempt of await Promise.all(attempts)) {
    expect(attempt.status).toBe(404);
    expect(JSON.stringify(attempt.body)).not.toContain("secret");
  }
  const usingAsShoe = await b.api("post", "/api/v1/runs", { data: run(today, 3, { shoeId: shoe.id }) });
  expect(usingAsShoe.body.error.fields).toEqual({ shoeId: "Choose one of your shoes" });
  expect((await b.api("get", "/api/v1/runs")).body.total).toBe(0);
  expect((await b.api("get", "/api/v1/alerts")).body.alerts).toEqual([]);

  const after = await Promise.all([
    a.api("get", "/api/v1/runs/{id}", { id: runBody.run.id }),
    a.api("get", "/api/v1/shoes/{id}", { id: shoe.id }),
    a.api("get", "/api/v1/pain-days/{id}", { id: painDay.id }),
  ]);
  expect(after.map((response) => response.body)).toEqual(before.map((response) => response.body));
  expect((await a.api("get", "/api/v1/alerts")).body.alerts.map((x: Json) => x.id)).toContain(alert.id);
});

test("no token, a made-up token and a revoked token get 401; Settings shows when a token was last used", async ({ browser, request }) => {
  const { api, page, token } = await apiRunner(browser, request, "Soon revoked");
  expect((await api("get", "/api/v1/shoes")).status).toBe(200);
  await page.reload();
  const row = page.getByTestId("token-row").filter({ hasText: "Soon revoked" });
  await expect(row).toContainText(token.slice(0, 9));
  await expect(row).not.toContainText("Never");
  await expect(page.getByText(token)).toHaveCount(0);

  await page.getByRole("button", { name: "Revoke Soon revoked" }).click();
  await expect(page.getByTestId("token-row")).toHaveCount(0);
  for (const caller of [api, client(request, null), client(request, `sw_${"A".repeat(43)}`), client(request, "not-a-token")]) {
    const response = await caller("get", "/api/v1/shoes");
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe("unauthorized");
    expect(response.headers["www-authenticate"]).toContain("Bearer");
  }
});

test("the per-token rate limit answers 429 with Retry-After, then lets requests through again", async ({ browser, request }) => {
  // On PostgreSQL the limit counts in clock minutes (shared by every server): Retry-After may be up to 60 s.
  test.setTimeout(150_000);
  const { api } = await apiRunner(browser, request);
  const burst = await Promise.all(Array.from({ length: 70 }, () => api("get", "/api/v1/shoes")));
  const limited = burst.filter((response) => response.status === 429);
  // 60 a minute as one burst, refilling one a second while the burst is in flight.
  expect(burst.filter((response) => response.status === 200).length).toBeGreaterThanOrEqual(60);
  expect(limited.length).toBeGreaterThan(0);
  const retryAfter = Number(limited[0]!.headers["retry-after"]);
  test.info().annotations.push({ type: "burst", description: `70 requests: ${70 - limited.length} × 200, ${limited.length} × 429, Retry-After ${retryAfter} s` });
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(limited[0]!.body.error).toMatchObject({ code: "rate_limited", message: expect.stringContaining("token") });

  await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
  const recovered = await api("get", "/api/v1/shoes");
  expect(recovered.status).toBe(200);
  expect(recovered.headers["x-ratelimit-limit"]).toBe("60");
});

test("the whole log: export, import into an empty account, the same document back; twice adds nothing", async ({ browser, request }) => {
  const [a, b] = await Promise.all([apiRunner(browser, request, "Backup"), apiRunner(browser, request, "Restore")]);
  const today = (await a.api("get", "/api/v1/weeks")).body.asOf as string;
  const shoe = (await a.api("post", "/api/v1/shoes", { data: { name: "Trail shoes", startKm: 40 } })).body.shoe;
  await a.api("post", "/api/v1/runs", { data: run(today, 12.3, { shoeId: shoe.id, startTime: "07:15", durationSec: 4200, notes: "hills", pain: [{ location: "calf", side: "right", score: 2 }] }) });
  await a.api("post", "/api/v1/pain-days", { data: { date: daysBefore(today, 1), location: "calf", side: "right", score: 3, timing: "next_morning" } });
  const exported = (await a.api("get", "/api/v1/log")).body;
  expect(exported).toMatchObject({ format: "stridewise-log", version: 1, runs: [{ distanceKm: 12.3, notes: "hills" }], painDays: [{ score: 3 }] });

  const invalid = structuredClone(exported);
  invalid.runs[0].distanceKm = 5000;
  const refused = await b.api("post", "/api/v1/log", { data: invalid });
  expect(refused.status).toBe(400);
  expect(refused.body.error.fields).toEqual({ "runs[0].distanceKm": "must be a number between 0 and 1000" });
  expect((await b.api("get", "/api/v1/runs")).body.total).toBe(0);

  const imported = await b.api("post", "/api/v1/log", { data: exported });
  expect(imported.body).toMatchObject({ status: "imported", imported: 1, duplicates: 0, shoesCreated: ["Trail shoes"] });
  const withoutIds = (log: Json) => JSON.parse(JSON.stringify(log).replace(/"(id|shoeId)":"[^"]+"/g, '"$1":"-"'));
  expect(withoutIds((await b.api("get", "/api/v1/log")).body)).toEqual(withoutIds(exported));
  const again = await b.api("post", "/api/v1/log", { data: exported });
  expect(again.body).toMatchObject({ status: "nothing-new", imported: 0, duplicates: 1 });
});

test("health and the OpenAPI document need no token, and the document is the one these tests check against", async ({ request }) => {
  const health = await client(request, null)("get", "/api/health");
  expect(health.body).toMatchObject({ status: "ok", database: "ok", migrations: { pending: [] } });
  expect(health.body.migrations.applied).toBeGreaterThan(0);
  const served = await request.get("/api/v1/openapi.json");
  expect(served.status()).toBe(200);
  expect(await served.json()).toEqual(JSON.parse(JSON.stringify(openapi)));
});
