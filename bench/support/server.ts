// Starts the production build on a throwaway database for a benchmark or a reliability test, and
// watches its memory.
import type { ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { directUrlFor, recreatePostgresDatabase, testPostgresServer } from "../../lib/pg-databases";
import { spawnNextServer } from "../../scripts/next-server";
import { prepareDatabase } from "../../scripts/prepare-db";

export type BenchServer = {
  baseUrl: string;
  databaseUrl: string;
  /** Highest resident memory of the server's process tree seen so far, in MB. */
  peakRssMb(): number;
  resetPeak(): void;
  /** CPU time (user + system) used so far by the server's process tree, in ms. */
  cpuMs(): number;
  stop(): Promise<void>;
  /** kill -9 of the whole server process tree: no shutdown, no flush. */
  crash(): Promise<void>;
};

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

function treeRssKb(pid: number): number {
  let total = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop()!;
    try {
      const status = readFileSync(`/proc/${current}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      continue;
    }
    pending.push(...childrenOf(current));
  }
  return total;
}

/** utime + stime of the tree, from /proc (clock ticks of 10 ms on Linux). */
function treeCpuMs(pid: number): number {
  let ticks = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop()!;
    try {
      const stat = readFileSync(`/proc/${current}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      continue;
    }
    pending.push(...childrenOf(current));
  }
  return ticks * 10;
}

/**
 * A fresh SQLite file under test-results/<group>/<name>, migrated and seeded; with TEST_DATABASE_URL
 * naming a PostgreSQL server, a fresh database <group>_<name> on it instead.
 */
export async function prepareServerDatabase(
  name: string,
  seed: (databaseUrl: string) => Promise<void>,
  group = "bench",
): Promise<string> {
  const postgres = testPostgresServer();
  let databaseUrl: string;
  if (postgres) {
    databaseUrl = await recreatePostgresDatabase(postgres, `${group}_${name}`.toLowerCase().replace(/[^a-z0-9_]/g, "_"));
  } else {
    const dir = path.join(process.cwd(), "test-results", group, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    databaseUrl = `file:${path.join(dir, "server.db")}`;
  }
  migrateTestDatabase(databaseUrl);
  await seed(databaseUrl);
  return databaseUrl;
}

/**
 * Applies the migrations to a test database, on PostgreSQL itself when TEST_DIRECT_DATABASE_URL says
 * that `databaseUrl` goes through PgBouncer (lib/pg-databases.ts); the environment is left as it was.
 */
export function migrateTestDatabase(databaseUrl: string): void {
  const saved = { DATABASE_URL: process.env.DATABASE_URL, DIRECT_DATABASE_URL: process.env.DIRECT_DATABASE_URL };
  process.env.DATABASE_URL = databaseUrl;
  process.env.DIRECT_DATABASE_URL = directUrlFor(databaseUrl);
  try {
    prepareDatabase();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** Starts the production build (`next start`) on a database prepared above. */
export async function startServer(options: {
  port: number;
  databaseUrl: string;
  distDir?: string;
  env?: Record<string, string>;
}): Promise<BenchServer> {
  const child: ChildProcess = spawnNextServer(["-p", String(options.port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NEXTAUTH_URL: `http://127.0.0.1:${options.port}`,
      ...options.env,
      DATABASE_URL: options.databaseUrl,
      NEXT_DIST_DIR: options.distDir ?? process.env.NEXT_DIST_DIR ?? ".next",
      NEXTAUTH_SECRET: "test-only-secret-not-for-production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const baseUrl = `http://127.0.0.1:${options.port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(`${baseUrl}/signin`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 300) throw new Error("The server did not start");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  let peakKb = 0;
  const sampler = setInterval(() => {
    peakKb = Math.max(peakKb, treeRssKb(child.pid!));
  }, 50);
  const kill = async (signal: NodeJS.Signals) => {
    clearInterval(sampler);
    // The whole tree: `next start` serves from a child process.
    const pids = [child.pid!];
    for (let i = 0; i < pids.length; i++) pids.push(...childrenOf(pids[i]!));
    for (const pid of pids.reverse()) {
      try {
        process.kill(pid, signal);
      } catch {
        // already gone
      }
    }
    await exited;
  };
  return {
    baseUrl,
    databaseUrl: options.databaseUrl,
    peakRssMb: () => Math.max(peakKb, treeRssKb(child.pid!)) / 1024,
    resetPeak: () => {
      peakKb = treeRssKb(child.pid!);
    },
    cpuMs: () => treeCpuMs(child.pid!),
    stop: () => kill("SIGTERM"),
    crash: () => kill("SIGKILL"),
  };
}

export async function startBenchServer(options: {
  name: string;
  port: number;
  distDir: string;
  seed: (databaseUrl: string) => Promise<void>;
  env?: Record<string, string>;
}): Promise<BenchServer> {
  const databaseUrl = await prepareServerDatabase(options.name, options.seed);
  return startServer({ port: options.port, databaseUrl, distDir: options.distDir, env: options.env });
}
