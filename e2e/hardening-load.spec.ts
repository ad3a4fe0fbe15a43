import { expect, test } from "@playwright/test";
import { localDateOf } from "../lib/analysis/dates";
import { prepareServerDatabase, startServer, type BenchServer } from "../bench/support/server";
import { createApiRunner } from "./support/api-runner";
import { overlappingZip, simpleCsv, unclosedDoctypeZip } from "./support/hostile-files";
import { importOverHttp, signInOverHttp } from "./support/http-session";

// Issue 20: while one runner's hostile upload is read, the server keeps answering everyone else. Its
// own server (the uploads would slow the shared one), on 127.0.0.1 only, with a bounded number of requests.
// It is the "load" project of playwright.config.ts, run after the rest; alone: add --no-deps.
const PORT = Number(process.env.E2E_PORT ?? 3210) + 71;
const HEALTH_CHECKS = 20;
const HEALTH_LIMIT_MS = 200;
test.describe.configure({ timeout: 240_000 });

type Runner = { userId: string; token: string };

async function healthTimes(server: BenchServer): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < HEALTH_CHECKS; i++) {
    const started = performance.now();
    const response = await fetch(`${server.baseUrl}/api/health`);
    await response.arrayBuffer();
    times.push(Math.round(performance.now() - started));
    expect(response.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return times;
}

async function saveRun(server: BenchServer, runner: Runner): Promise<number> {
  const response = await fetch(`${server.baseUrl}/api/v1/runs`, {
    method: "POST",
    headers: { authorization: `Bearer ${runner.token}`, "content-type": "application/json" },
    body: JSON.stringify({ date: localDateOf(new Date(), "UTC"), distanceKm: 7.5, durationSec: 2400 }),
  });
  return response.status;
}

test("while each hostile upload is read, 20 health checks answer within 200 ms and another runner saves a run", async () => {
  let other = { userId: "", token: "" };
  const databaseUrl = await prepareServerDatabase("hardening-load", async (url) => {
    createApiRunner(url, "attacker@example.com");
    other = createApiRunner(url, "other@example.com");
  }, "reliability");
  const server = await startServer({ port: PORT, databaseUrl });
  try {
    const cookie = await signInOverHttp(server.baseUrl, "attacker@example.com", "reliability-password");
    // The worker threads start on the first import; that start is not what this test measures.
    await importOverHttp(server.baseUrl, cookie, "warm-up.csv", simpleCsv(1));

    const uploads = [
      { name: "doctype.zip", bytes: unclosedDoctypeZip(20) },
      { name: "rows.csv", bytes: simpleCsv(20_000) },
      { name: "overlapping.zip", bytes: overlappingZip(300) },
    ];
    for (const upload of uploads) {
      server.resetPeak();
      const started = performance.now();
      const report = importOverHttp(server.baseUrl, cookie, upload.name, upload.bytes);
      const times = await healthTimes(server);
      const saved = await saveRun(server, other);
      const result = await report;
      console.log(`${upload.name} (${upload.bytes.length} bytes): ${result.status} in ${Math.round(performance.now() - started)} ms; health ${Math.max(...times)} ms at most, server peak ${Math.round(server.peakRssMb())} MB`);
      expect(times.filter((ms) => ms > HEALTH_LIMIT_MS), upload.name).toEqual([]);
      expect(saved, upload.name).toBe(201);
    }
  } finally {
    await server.stop();
  }
});
