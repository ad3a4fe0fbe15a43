import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
// The tests' own build (npm run test:e2e builds it), so they run beside `npm run demo`, which uses .next.
process.env.NEXT_DIST_DIR ??= ".next-e2e";
const baseURL = `http://127.0.0.1:${port}`;
const resultsDir = path.join(process.cwd(), "test-results");
// TEST_DATABASE_URL=postgresql://... runs the suite on PostgreSQL (the CI's second pass); only then is
// there a database two servers can share (e2e/two-instances.spec.ts).
const onPostgres = /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? "");
// TEST_REPLICA_URL: a streaming standby of that server (scripts/ci-postgres.sh replica), for e2e/replica.spec.ts.
const withStandby = onPostgres && /^postgres(ql)?:\/\//.test(process.env.TEST_REPLICA_URL ?? "");
const ignored = [
  /hardening-load\.spec\.ts/,
  ...(onPostgres ? [] : [/two-instances\.spec\.ts/]),
  ...(withStandby ? [] : [/replica\.spec\.ts/]),
];

// Debian's Chromium (apt-get install chromium): Playwright's own browser download is not reachable here.
process.env.XDG_CONFIG_HOME ??= path.join(resultsDir, ".config");
process.env.XDG_CACHE_HOME ??= path.join(resultsDir, ".cache");

export default defineConfig({
  testDir: "e2e",
  outputDir: path.join(resultsDir, "artifacts"),
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: ignored },
    // The load test times the health check, so it runs alone, after the rest of the suite.
    { name: "load", use: { ...devices["Desktop Chrome"] }, testMatch: /hardening-load\.spec\.ts/, dependencies: ["chromium"] },
  ],
  webServer: {
    command: `tsx e2e/support/start-server.ts ${port}`,
    url: `${baseURL}/signin`,
    timeout: 120_000,
    reuseExistingServer: false,
    // The tests play the reverse proxy: each may say which client it is in X-Forwarded-For.
    env: { API_RATE_LIMIT_PER_MINUTE: "60", TRUST_PROXY: "1", SIGNUP_RATE_LIMIT_PER_HOUR: "100000" },
    stdout: "pipe",
  },
});
