// Page speed, page weight and server memory with 10 years of history (issue 8, items 2, 5 and 6).
// Every figure is a ratio against a baseline measured on the same server in the same run.
import { gzipSync } from "node:zlib";
import { localDateOf } from "../lib/analysis/dates";
import { weekLabelOf } from "../lib/analysis/week-label";
import { connect, createAthlete } from "../prisma/seed";
import { BENCH_ATHLETE, yearsOfRunning } from "./support/athlete";
import { percentile, signIn, timeToFirstByte, type CookieJar } from "./support/http";
import { startBenchServer } from "./support/server";

const SAMPLES = 40;
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

async function sample(url: string, jar?: CookieJar) {
  for (let i = 0; i < 5; i++) await timeToFirstByte(url, jar);
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) times.push(await timeToFirstByte(url, jar));
  return { median: percentile(times, 50), p95: percentile(times, 95) };
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
    const health = await sample(`${server.baseUrl}/api/health`);
    const dashboard = await sample(`${server.baseUrl}/`, jar);
    const weekly = await sample(`${server.baseUrl}${review}`, jar);
    const runs = await sample(`${server.baseUrl}/runs`, jar);
    const peakMb = server.peakRssMb();
    const weight: Record<string, number> = {};
    for (const path of ["/", "/runs/new", review, "/runs", "/alerts", "/import", "/settings"]) {
      weight[path.startsWith("/review") ? "/review/[week]" : path] = await firstLoadJsKb(server.baseUrl, path, jar);
    }
    return { health, dashboard, weekly, runs, peakMb, weight };
  } finally {
    await server.stop();
  }
}
