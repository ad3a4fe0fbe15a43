// Page speed, page weight and server memory with 10 years of history (issue 8, items 2, 5 and 6).
// Every figure is a ratio against a baseline measured on the same server in the same run.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { localDateOf } from "../lib/analysis/dates";
import { weekLabelOf } from "../lib/analysis/week-label";
import { connect, createAthlete } from "../prisma/seed";
import { BENCH_ATHLETE, yearsOfRunning } from "./support/athlete";
import { percentile, signIn, timeToFirstByte, type CookieJar } from "./support/http";
import { startBenchServer } from "./support/server";

const SAMPLES = 100;
const TIMEZONE = "UTC";

/**
 * Gzipped bytes of every script the page's HTML loads up front (what a phone downloads first). The
 * `nomodule` polyfills (core-js, 39 KB) are left out: a browser that runs modules, which is every
 * browser Next 16 supports, never downloads them.
 */
async function firstLoadJsKb(baseUrl: string, path: string, jar: CookieJar): Promise<number> {
  const html = await (await fetch(`${baseUrl}${path}`, { headers: { cookie: jar.header() } })).text();
  const tags = [...html.matchAll(/<script[^>]+>/g)].map((match) => match[0]).filter((tag) => !/\snomodule/i.test(tag));
  const sources = new Set(tags.flatMap((tag) => /\ssrc="([^"]+)"/.exec(tag)?.slice(1) ?? []));
  let bytes = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, baseUrl))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).length;
  }
  return bytes / 1024;
}

/**
 * Gzipped size of the framework's own runtime (React DOM, the Next router, Turbopack's loader): the
 * build manifest's `rootMainFiles`, which every page of the build loads before any of its own code.
 * The floor under every first-load figure above.
 */
function frameworkRuntimeKb(distDir: string): number {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const bytes = manifest.rootMainFiles.reduce(
    (total, file) => total + gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length,
    0,
  );
  return bytes / 1024;
}

/**
 * TTFB of each URL, sampled in turns (health, dashboard, review, runs, health, ...) rather than one
 * after the other: on a shared 2-core VM the machine's speed drifts within a minute, and taking the
 * baseline and the pages in the same rounds keeps that drift out of their ratio.
 */
export async function sampleInTurns(urls: string[], jar: CookieJar) {
  for (let round = 0; round < 5; round++) for (const url of urls) await timeToFirstByte(url, jar);
  const times = urls.map(() => [] as number[]);
  for (let round = 0; round < SAMPLES; round++) {
    for (const [index, url] of urls.entries()) times[index]!.push(await timeToFirstByte(url, jar));
  }
  return times.map((samples) => ({ median: percentile(samples, 50), p95: percentile(samples, 95) }));
}

export async function benchPages(options: { distDir: string; port: number }) {
  const today = localDateOf(new Date(), TIMEZONE);
  const server = await startBenchServer({
    name: "pages",
    port: options.port,
    distDir: options.distDir,
    seed: async (url) => {
      const db = connect(url);
      await createAthlete(db, { ...BENCH_ATHLETE, timezone: TIMEZONE }, yearsOfRunning(10, today));
      await db.$disconnect();
    },
  });
  try {
    const jar = await signIn(server.baseUrl, BENCH_ATHLETE.email, BENCH_ATHLETE.password);
    const review = `/review/${weekLabelOf(today, "monday")}`;
    server.resetPeak();
    const [health, dashboard, weekly, runs] = await sampleInTurns(
      ["/api/health", "/", review, "/runs"].map((path) => `${server.baseUrl}${path}`),
      jar,
    );
    const peakMb = server.peakRssMb();
    const weight: Record<string, number> = {};
    for (const route of ["/", "/runs/new", review, "/runs", "/alerts", "/import", "/settings"]) {
      weight[route.startsWith("/review") ? "/review/[week]" : route] = await firstLoadJsKb(server.baseUrl, route, jar);
    }
    const runtimeKb = frameworkRuntimeKb(options.distDir);
    // The service worker (sw.js and the outbox code it loads, sw-outbox.js) is registered once the page
    // has loaded, so it is not part of any first load.
    let workerKb = 0;
    for (const file of ["/sw.js", "/sw-outbox.js"]) {
      const response = await fetch(`${server.baseUrl}${file}`);
      if (!response.ok) throw new Error(`${file} answered ${response.status}`);
      workerKb += gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length / 1024;
    }
    return { health: health!, dashboard: dashboard!, weekly: weekly!, runs: runs!, peakMb, weight, runtimeKb, workerKb };
  } finally {
    await server.stop();
  }
}
