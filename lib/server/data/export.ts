import "server-only";
import { toLogCsv } from "../../import/log-csv";
import { toStridewiseLog, type LogSnapshot } from "../../import/log-export";
import { formatIssuePath } from "../../log-format/parse";
import { StridewiseLogSchema, type StridewiseLog } from "../../log-format/schema";
import { decodeSamples, exportedSamples, type ExportedSamples } from "../../track/codec";
import type { LogClient } from "../read-routing";
import { db, readLog } from "../db";

const painFields = {
  location: true,
  side: true,
  score: true,
  timing: true,
  restPain: true,
  nightPain: true,
  swelling: true,
  limping: true,
  worseDuringRun: true,
  boneTenderness: true,
} as const;

/** The runner's whole log as plain rows: four queries, each filtered by the owner. */
async function loadLogSnapshot(userId: string): Promise<LogSnapshot | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { timezone: true, weekStartsOn: true, units: true } });
  if (!user) return null;
  // The user row from the primary; the log itself from a replica that has caught up (read-routing.ts).
  const [shoes, runs, painDays] = await readLog(userId, (client) => Promise.all([
    client.shoe.findMany({ where: { userId }, select: { id: true, name: true, startMeters: true, retireMeters: true, retired: true } }),
    client.run.findMany({
      where: { userId },
      select: {
        id: true,
        localDate: true,
        startAt: true,
        startTime: true,
        distanceM: true,
        durationS: true,
        type: true,
        rpe: true,
        shoeId: true,
        notes: true,
        pain: { select: painFields },
      },
    }),
    client.painEntry.findMany({ where: { userId, runId: null }, select: { ...painFields, localDate: true } }),
  ]));
  return { athlete: user, shoes, runs, painDays };
}

/** The log with each imported run's samples beside it (`?samples=1`); the importer ignores them. */
export type LogWithSamples = Omit<StridewiseLog, "runs"> & { runs: (StridewiseLog["runs"][number] & { samples?: ExportedSamples })[] };

/**
 * The stridewise-log document, checked against the schema the importer uses, or null without a user.
 * Without `samples` the runs are what the format describes; with it, each run from a file also carries
 * its recorded points (issue 21), read one run at a time.
 */
export async function exportLog(userId: string, options: { samples?: boolean } = {}): Promise<LogWithSamples | null> {
  const snapshot = await loadLogSnapshot(userId);
  if (!snapshot) return null;
  const log = toStridewiseLog(snapshot);
  // An export the importer would reject is a bug here, not a file to hand out.
  const check = StridewiseLogSchema.safeParse(log);
  if (!check.success) {
    const issue = check.error.issues[0];
    throw new Error(`export does not validate: ${formatIssuePath(issue?.path ?? [])}: ${issue?.message}`);
  }
  return options.samples ? withSamples(userId, log) : log;
}

function withSamples(userId: string, log: StridewiseLog): Promise<LogWithSamples> {
  return readLog(userId, (client) => samplesFrom(client, userId, log));
}

async function samplesFrom(client: LogClient, userId: string, log: StridewiseLog): Promise<LogWithSamples> {
  const tracked = await client.runTrack.findMany({ where: { run: { userId } }, select: { runId: true } });
  const ids = new Set(tracked.map((row) => row.runId));
  const runs: LogWithSamples["runs"] = [];
  for (const run of log.runs) {
    const row = run.id && ids.has(run.id) ? await client.runTrack.findUnique({ where: { runId: run.id }, select: { samples: true } }) : null;
    runs.push(row ? { ...run, samples: exportedSamples(decodeSamples(row.samples)) } : run);
  }
  return { ...log, runs };
}

export async function exportCsv(userId: string): Promise<string | null> {
  const log = await exportLog(userId);
  return log ? toLogCsv(log) : null;
}
