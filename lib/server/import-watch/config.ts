// The watched folder's settings, read from the environment on their own (lib/server/env.ts is the
// app's required settings; a bad value here turns the folder off with a message, it never stops the app).
import path from "node:path";
import { z } from "zod";

const WatchEnvSchema = z.object({
  IMPORT_WATCH_DIR: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  // Seconds between scans; a file is imported after it has kept its size for one whole interval.
  IMPORT_WATCH_POLL_SECONDS: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().min(0.1).max(3600).default(10)),
});

export type WatchSetup = { enabled: true; root: string; pollMs: number } | { enabled: false; reason: string };

export function readWatchSetup(environment: Record<string, string | undefined> = process.env): WatchSetup {
  const parsed = WatchEnvSchema.safeParse(environment);
  if (!parsed.success) return { enabled: false, reason: `IMPORT_WATCH_POLL_SECONDS: ${parsed.error.issues[0]?.message ?? "invalid"}` };
  const dir = parsed.data.IMPORT_WATCH_DIR;
  if (!dir) return { enabled: false, reason: "IMPORT_WATCH_DIR is not set" };
  return { enabled: true, root: path.resolve(dir), pollMs: Math.round(parsed.data.IMPORT_WATCH_POLL_SECONDS * 1000) };
}

/** The runner's own folder under the watched folder. */
export function runnerWatchFolder(root: string, userId: string): string {
  return path.join(root, userId);
}

export type RunnerWatchFolder = { enabled: false } | { enabled: true; path: string; pollSeconds: number; error?: string };

/** The runner's folder, created when missing so a sync tool can be pointed at it straight away. */
export async function ensureRunnerWatchFolder(userId: string, setup: WatchSetup = readWatchSetup()): Promise<RunnerWatchFolder> {
  if (!setup.enabled) return { enabled: false };
  const folder = runnerWatchFolder(setup.root, userId);
  const { mkdir } = await import("node:fs/promises");
  try {
    await mkdir(folder, { recursive: true });
    return { enabled: true, path: folder, pollSeconds: setup.pollMs / 1000 };
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "an error";
    return { enabled: true, path: folder, pollSeconds: setup.pollMs / 1000, error: `the server could not create it (${code})` };
  }
}
