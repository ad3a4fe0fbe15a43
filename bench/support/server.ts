// Starts the production build on a throwaway database for a benchmark, and watches its memory.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { prepareDatabase } from "../../scripts/prepare-db";

export type BenchServer = {
  baseUrl: string;
  databaseUrl: string;
  /** Highest resident memory of the server's process tree seen so far, in MB. */
  peakRssMb(): number;
  resetPeak(): void;
  stop(): Promise<void>;
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

export async function startBenchServer(options: {
  name: string;
  port: number;
  distDir: string;
  seed: (databaseUrl: string) => Promise<void>;
  env?: Record<string, string>;
}): Promise<BenchServer> {
  const dir = path.join(process.cwd(), "test-results", "bench", options.name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const databaseUrl = `file:${path.join(dir, "bench.db")}`;
  process.env.DATABASE_URL = databaseUrl;
  prepareDatabase();
  await options.seed(databaseUrl);

  const next = path.join(process.cwd(), "node_modules", ".bin", "next");
  const child: ChildProcess = spawn(next, ["start", "-p", String(options.port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      ...options.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXT_DIST_DIR: options.distDir,
      NEXTAUTH_SECRET: "bench-only-secret-not-for-production",
      NEXTAUTH_URL: `http://127.0.0.1:${options.port}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const baseUrl = `http://127.0.0.1:${options.port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(`${baseUrl}/signin`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 300) throw new Error("The benchmark server did not start");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  let peakKb = 0;
  const sampler = setInterval(() => {
    peakKb = Math.max(peakKb, treeRssKb(child.pid!));
  }, 50);
  return {
    baseUrl,
    databaseUrl,
    peakRssMb: () => Math.max(peakKb, treeRssKb(child.pid!)) / 1024,
    resetPeak: () => {
      peakKb = treeRssKb(child.pid!);
    },
    stop: async () => {
      clearInterval(sampler);
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}
