// Import speed and memory (issue 8, items 4 and 6): a Strava export of N runs whose GPX files all have to
// be read, imported through the running server, against parsing the same zip alone in this process.
import { strToU8, zipSync } from "fflate";
import { gzipSync } from "node:zlib";
import { readUpload } from "../lib/import/detect";
import { IMPORT_HEADER } from "../lib/import/events";
import { UPLOAD_PART_BYTES } from "../lib/import/limits";
import { gpxTrack, northwards } from "../lib/import/test-files";
import { connect, createAthlete } from "../prisma/seed";
import { signIn, type CookieJar } from "./support/http";
import { startBenchServer } from "./support/server";

const HEADER =
  "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Commute,Activity Gear,Filename,Elapsed Time,Moving Time,Distance,Average Speed";
const RUNNER = { email: "importer@stridewise.app", password: "bench-import-password" };

/** N runs, one every day, 40 minutes at one point every 2 s; no moving time in the CSV, so each GPX is read. */
export function stravaExport(runs: number): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const rows: string[] = [];
  const first = Date.parse("2022-01-01T06:30:00Z");
  for (let i = 0; i < runs; i++) {
    const start = new Date(first + i * 86_400_000);
    const points = northwards(1200, { step: 5, seconds: 2, start: start.toISOString() });
    files[`activities/${i + 1}.gpx.gz`] = gzipSync(gpxTrack([points], { type: "running" }));
    const date = start.toLocaleString("en-US", { timeZone: "UTC", month: "short", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit", second: "2-digit" });
    rows.push(`${i + 1},"${date}",Run ${i + 1},Run,,2400,6.00,false,Bench shoe,activities/${i + 1}.gpx.gz,2400.0,,6000.0,2.5`);
  }
  return zipSync({ "activities.csv": strToU8([HEADER, ...rows].join("\n")), ...files }, { level: 0 });
}

function parseOnly(bytes: Uint8Array): number {
  const started = performance.now();
  const contents = readUpload("export.zip", bytes);
  if (contents.kind !== "activities") throw new Error("expected activities");
  let count = 0;
  for (const unit of contents.units()) if (unit.kind === "activity") count += 1;
  if (count === 0) throw new Error("nothing parsed");
  return performance.now() - started;
}

async function upload(baseUrl: string, jar: CookieJar, bytes: Uint8Array): Promise<number> {
  const started = performance.now();
  const parts = Math.ceil(bytes.length / UPLOAD_PART_BYTES);
  const upload = `bench-${Date.now().toString(36)}`;
  let report = "";
  for (let part = 0; part < parts; part++) {
    const query = new URLSearchParams({ name: "export.zip", upload, part: String(part), parts: String(parts) });
    const response = await fetch(`${baseUrl}/import/file?${query}`, {
      method: "POST",
      // A fresh connection per upload: reusing one the server closed after a big body fails the next call.
      headers: { cookie: jar.header(), [IMPORT_HEADER]: "1", "content-type": "application/octet-stream", connection: "close" },
      body: Buffer.from(bytes.subarray(part * UPLOAD_PART_BYTES, (part + 1) * UPLOAD_PART_BYTES)),
    });
    report = await response.text();
    if (response.status >= 300) throw new Error(`import part ${part} answered ${response.status}: ${report}`);
  }
  const finish = await fetch(`${baseUrl}/import/finish`, { method: "POST", headers: { cookie: jar.header(), [IMPORT_HEADER]: "1", connection: "close" } });
  if (!finish.ok) throw new Error(`finish answered ${finish.status}`);
  if (!report.includes('"type":"report"') && !report.includes("report")) throw new Error(`no report: ${report.slice(-300)}`);
  return performance.now() - started;
}

export async function benchImport(options: { distDir: string; port: number; runs: number[] }) {
  const results: Record<string, { parseMs: number; importMs: number; beforeMb: number; peakMb: number; zipMb: number }> = {};
  const server = await startBenchServer({
    name: "import",
    port: options.port,
    distDir: options.distDir,
    seed: async (url) => {
      const db = connect(url);
      for (const count of options.runs) {
        await createAthlete(db, { email: `${count}-${RUNNER.email}`, password: RUNNER.password, timezone: "UTC" }, { shoes: [], runs: [], painDays: [] });
      }
      await db.$disconnect();
    },
  });
  try {
    for (const count of options.runs) {
      const bytes = stravaExport(count);
      const parseMs = parseOnly(bytes);
      const jar = await signIn(server.baseUrl, `${count}-${RUNNER.email}`, RUNNER.password);
      server.resetPeak();
      const beforeMb = server.peakRssMb();
      const importMs = await upload(server.baseUrl, jar, bytes);
      results[String(count)] = { parseMs, importMs, beforeMb, peakMb: server.peakRssMb(), zipMb: bytes.length / 1048576 };
    }
  } finally {
    await server.stop();
  }
  return results;
}
