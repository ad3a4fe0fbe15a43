import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { prepareServerDatabase, startServer } from "../bench/support/server";
import { createApiRunner, openDatabase } from "./support/api-runner";
import { importOverHttp, signInOverHttp } from "./support/http-session";

// Thousands of malformed payloads for every write the API offers (runs, rest-day pain, shoes, the log
// import, a run update): each must get a 4xx with a message, and the runner's data must not change.
const NO_LIMITS = { API_RATE_LIMIT_PER_MINUTE: "1000000", API_RATE_LIMIT_PER_IP_PER_MINUTE: "1000000" };
const RUNS_PER_ENDPOINT = 500;
// Its own servers, on ports beside the shared one's: several suites may run on one machine at once.
const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
test.describe.configure({ timeout: 240_000 });

const junk = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(-1, 0, 1e9, Number.MAX_SAFE_INTEGER, "NaN", "", "2025-13-40", "<script>", "x".repeat(5000)),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything(), { maxKeys: 3 }),
);

const validRun = { date: "2025-01-07", distanceKm: 6, durationSec: 1980, type: "easy", pain: [] };
const validPain = { date: "2025-01-08", location: "knee", side: "left", score: 2 };
const validShoe = { name: "Pegasus", startKm: 0, retireKm: 800 };
const validLog = { format: "stridewise-log", version: 1, runs: [{ id: "r1", date: "2025-01-07", distanceKm: 6 }] };

/** A valid body with one required field replaced by something it can never be. */
function broken(valid: Record<string, unknown>, invalid: Record<string, unknown[]>) {
  return fc
    .tuple(fc.constantFrom(...Object.keys(invalid)), fc.nat())
    .map(([field, pick]) => ({ ...valid, [field]: invalid[field]![pick % invalid[field]!.length] }));
}

// Values each field can never take, so a "broken" body is never valid by chance.
const badRunFields = {
  date: [null, 7, "yesterday", "2025-02-30", "2999-01-01"],
  distanceKm: [null, "6", -1, 0, 1000.5, 1e9],
  durationSec: [-5, 1.5, "33:00", 10],
  type: ["jog", 3, null],
  pain: [[{ location: "elbow", side: "left", score: 2 }], [{ location: "knee", side: "left", score: 11 }], "knee", [null]],
  notes: ["x".repeat(2001), 42],
  shoeId: ["not-a-shoe-of-yours", 17],
};

const endpoints = [
  { method: "POST", path: "/api/v1/runs", bodies: fc.oneof(junk, broken(validRun, badRunFields)) },
  {
    method: "POST",
    path: "/api/v1/pain-days",
    bodies: fc.oneof(junk, broken(validPain, { location: ["elbow", null], side: ["up"], score: [-1, 10.5, 11, "3"], date: ["x", null] })),
  },
  {
    method: "POST",
    path: "/api/v1/shoes",
    bodies: fc.oneof(junk, broken(validShoe, { name: ["", "   ", null, "n".repeat(81)], startKm: [-1, "a"], retireKm: [0, -3, "800"] })),
  },
  {
    method: "POST",
    path: "/api/v1/log",
    bodies: fc.oneof(junk, broken(validLog, { format: ["other", null], version: [2, "1"], runs: [[{ id: "r1", date: "2025-01-07", distanceKm: -4 }], "none", [{}]] })),
  },
];

test("malformed payloads all get a 4xx with a message and change nothing", async () => {
  let runner = { userId: "", token: "" };
  const databaseUrl = await prepareServerDatabase("fuzz", async (url) => {
    runner = createApiRunner(url, "fuzz@example.com");
  }, "reliability");
  const server = await startServer({ port: E2E_PORT + 63, databaseUrl, env: NO_LIMITS });
  const call = (method: string, path: string, body: string, contentType = "application/json") =>
    fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${runner.token}`, "content-type": contentType },
      body,
    });
  try {
    // One real run to aim updates at.
    const created = await call("POST", "/api/v1/runs", JSON.stringify({ ...validRun, date: "2025-01-06" }));
    expect(created.status).toBe(201);
    const runId = ((await created.json()) as { run: { id: string } }).run.id;
    endpoints.push({ method: "PUT", path: `/api/v1/runs/${runId}`, bodies: fc.oneof(junk, broken(validRun, badRunFields)) });

    const snapshot = () => {
      const db = openDatabase(databaseUrl);
      const tables = ["Run", "PainEntry", "Shoe", "Alert", "User"].map((table) =>
        JSON.stringify(db.prepare(`SELECT * FROM "${table}" ORDER BY id`).all()),
      );
      db.close();
      return tables;
    };
    const before = snapshot();

    let tried = 0;
    const unexpected: string[] = [];
    for (const endpoint of endpoints) {
      for (const body of fc.sample(endpoint.bodies, { numRuns: RUNS_PER_ENDPOINT, seed: 2026 })) {
        const text = body === undefined ? "" : JSON.stringify(body);
        const response = await call(endpoint.method, endpoint.path, text);
        tried += 1;
        const json = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        if (response.status < 400 || response.status >= 500 || !json?.error?.message) {
          unexpected.push(`${endpoint.method} ${endpoint.path} ${response.status} ${text.slice(0, 120)}`);
        }
      }
      // Not JSON at all, and the wrong content type.
      for (const [body, type] of [["{not json", "application/json"], ["date=2025-01-01", "application/x-www-form-urlencoded"]]) {
        const response = await call(endpoint.method, endpoint.path, body!, type);
        tried += 1;
        if (response.status < 400 || response.status >= 500) unexpected.push(`${endpoint.path} ${response.status} ${body}`);
      }
    }
    console.log(`fuzz: ${tried} malformed payloads, ${unexpected.length} unexpected answers`);
    expect(unexpected).toEqual([]);
    expect(tried).toBeGreaterThanOrEqual(2500);
    expect(snapshot()).toEqual(before);
  } finally {
    await server.stop();
  }
});

// Issue 20: the sign-in route reads next-auth's form itself, and uploads are read in a worker. Neither
// may answer 500 to anything, and a file always gets a report.
const HOSTILE_PORT = E2E_PORT + 73;
const FORMS = 250;
const UPLOADS = 120;

const formField = fc.constantFrom("email", "password", "csrfToken", "json", "callbackUrl", "redirect", "x");
const formValue = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("a@b.example", "http://localhost:3000.evil.example/", "%", "true"));
const forms = fc.record({
  type: fc.constantFrom("application/x-www-form-urlencoded", "application/json", "text/plain", "multipart/form-data; boundary=x", ""),
  body: fc.oneof(
    fc.array(fc.tuple(formField, formValue), { maxLength: 6 }).map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&")),
    fc.string({ maxLength: 80 }),
    fc.constant('{"email":"a@b.example","password":"x"}'),
    fc.constant("email=%ED%A0%80&password=x&email=b%40c.example"),
  ),
  query: fc.constantFrom("", "?callbackUrl=http%3A%2F%2Flocalhost%3A3000.evil.example%2F", "?callbackUrl=%2Fruns"),
});

const MAGIC = ["PK\u0003\u0004", "\u001f\u008b\u0008", "\u000e\u0010\u0000\u0000.FIT", "<?xml version='1.0'?><gpx>", "<!DOCTYPE", "{", "date,distance_km\n", "Activity ID,Activity Date\n"];
const uploads = fc.record({
  name: fc.constantFrom("run.gpx", "run.fit", "export.zip", "runs.csv", "log.json", "run.tcx.gz", "x"),
  bytes: fc.tuple(fc.constantFrom(...MAGIC), fc.uint8Array({ maxLength: 400 })).map(([head, tail]) => {
    const start = Uint8Array.from(head, (char) => char.charCodeAt(0) & 0xff);
    const bytes = new Uint8Array(start.length + tail.length);
    bytes.set(start);
    bytes.set(tail, start.length);
    return bytes;
  }),
});

test("malformed sign-in forms and hostile uploads never get a 500, and every upload gets a report", async () => {
  const databaseUrl = await prepareServerDatabase("fuzz-hostile", async (url) => {
    createApiRunner(url, "fuzz-upload@example.com");
  }, "reliability");
  const server = await startServer({ port: HOSTILE_PORT, databaseUrl, env: NO_LIMITS });
  try {
    const unexpected: string[] = [];
    for (const form of fc.sample(forms, { numRuns: FORMS, seed: 2020 })) {
      const response = await fetch(`${server.baseUrl}/api/auth/callback/credentials${form.query}`, {
        method: "POST",
        redirect: "manual",
        headers: form.type ? { "content-type": form.type } : {},
        body: form.body,
      });
      if (response.status >= 500) unexpected.push(`sign-in ${response.status} ${form.type} ${form.body.slice(0, 80)}`);
    }

    const cookie = await signInOverHttp(server.baseUrl, "fuzz-upload@example.com", "reliability-password");
    for (const upload of fc.sample(uploads, { numRuns: UPLOADS, seed: 2021 })) {
      try {
        const report = await importOverHttp(server.baseUrl, cookie, upload.name, upload.bytes);
        if (!["failed", "nothing-new", "imported"].includes(report.status)) unexpected.push(`upload ${upload.name}: ${report.status}`);
      } catch (error) {
        unexpected.push(`upload ${upload.name}: ${String(error).slice(0, 120)}`);
      }
    }
    console.log(`fuzz: ${FORMS} sign-in forms and ${UPLOADS} uploads, ${unexpected.length} unexpected answers`);
    expect(unexpected).toEqual([]);
  } finally {
    await server.stop();
  }
});
