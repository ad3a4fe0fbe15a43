import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { Alert } from "../../analysis/types";
import { describeImportFailure, ImportError } from "../../import/types";
import type { ImportUnit } from "../../import/detect";
import { IMPORT_CHUNK_SIZE } from "../../import/limits";
import { unseenPainDays } from "../../import/log-import";
import { DuplicateIndex, duplicateQuery, planActivity, runColumns, type ExistingRun, type RunCandidate } from "../../import/plan";
import { addProblem, addWarnings, failReport, newReport, settleReport, type FileReport } from "../../import/report";
import type { Prisma, User } from "../../generated/prisma/client";
import { db } from "../db";
import { parseUpload, type UploadActivities, type UploadLog } from "../import-parser";
import { todayFor } from "./alerts";
import { currentImportId } from "./import-context";
import { changeLog } from "./log-change";
import { trackRow, type GzippedFile } from "../../track/stored";

// Issue 5: each file imports whole or not at all (an export: each activity), duplicates are skipped,
// and the alerts are recomputed once, by finishImport, after the last file.

type Tx = Prisma.TransactionClient;
export type ImportOwner = Pick<User, "id" | "timezone" | "weekStartsOn" | "units">;
export type ImportProgress = (done: number, total: number) => Promise<void>;

/** Generous: a chunk waits for other writers, and a runner's log of years has many shoes. */
const TRANSACTION = { timeout: 120_000, maxWait: 15_000 };

/**
 * Runs written per transaction. A transaction holds the one writer, and the server's thread while
 * Prisma builds its statement: small ones let other runners' saves and the health check in between.
 */
const WRITE_SLICE = 50;
const MAX_REST_MS = 250;

/**
 * Writes the items a slice at a time, each in its own transaction. After each slice the import rests
 * as long as the slice took: a big import uses at most half of the server's thread, and other runners'
 * requests are answered in between, also on a busy machine.
 */
async function inTurns<T>(items: readonly T[], sliceSize: number, write: (slice: T[]) => Promise<void>): Promise<void> {
  for (let at = 0; at < items.length; at += sliceSize) {
    const started = performance.now();
    await write(items.slice(at, at + sliceSize));
    await new Promise((resolve) => setTimeout(resolve, Math.min(MAX_REST_MS, performance.now() - started)));
  }
}
/** Above this many ids, one scan of the account is cheaper than a long IN list. */
const MAX_LOOKUP_IDS = 500;

export async function findImportOwner(userId: string): Promise<ImportOwner | null> {
  return db.user.findUnique({ where: { id: userId }, select: { id: true, timezone: true, weekStartsOn: true, units: true } });
}

/**
 * Imports one uploaded file and says what happened; it never throws for a bad file. The file is read
 * in a worker thread (lib/server/import-parser.ts) and handed over to it: `bytes` is empty afterwards.
 */
export async function importFile(owner: ImportOwner, name: string, bytes: Uint8Array, onProgress: ImportProgress): Promise<FileReport> {
  const report = newReport(name);
  const fileKey = createHash("sha256").update(bytes).digest("hex").slice(0, 24);
  let upload;
  try {
    upload = await parseUpload(owner.id, name, bytes);
  } catch (error) {
    if (!(error instanceof ImportError)) console.error("import parsing failed", error);
    return failReport(report, describeImportFailure(error));
  }
  report.format = upload.format;
  try {
    if (upload.kind === "log") return settleReport(await importLog(owner, upload, report, onProgress));
    report.notes.push(...upload.notes);
    return settleReport(await importActivities(owner, upload, fileKey, report, onProgress));
  } catch (error) {
    if (error instanceof ImportError) return failReport(report, error.message);
    console.error("import failed", error);
    const saved = report.imported > 0 ? `${report.imported} runs were saved before it stopped` : "nothing from it was saved";
    return failReport(report, `the import stopped on a server error: ${saved}`);
  } finally {
    upload.close();
  }
}

/** Recomputes the alerts once for everything imported, and returns those that are new. */
export async function finishImport(owner: ImportOwner): Promise<Alert[]> {
  const { newAlerts } = await changeLog(owner, async () => undefined);
  return newAlerts;
}

async function loadExisting(userId: string, lookup?: ReturnType<typeof duplicateQuery> & { ids?: string[] }): Promise<ExistingRun[]> {
  const select = { id: true, startAt: true, distanceM: true, sourceId: true };
  const ids = lookup?.ids ?? [];
  if (!lookup || lookup.sourceIds.length + ids.length > MAX_LOOKUP_IDS) return db.run.findMany({ where: { userId }, select });
  const or: Prisma.RunWhereInput[] = [];
  if (lookup.from && lookup.to) or.push({ startAt: { gte: lookup.from, lte: lookup.to } });
  if (lookup.sourceIds.length > 0) or.push({ sourceId: { in: lookup.sourceIds } });
  if (ids.length > 0) or.push({ id: { in: ids } });
  return or.length === 0 ? [] : db.run.findMany({ where: { userId, OR: or }, select });
}

/** The account's shoes by name, matched without regard to case, so "Pegasus 40" is found once. */
async function loadShoes(userId: string): Promise<Map<string, string>> {
  const shoes = await db.shoe.findMany({ where: { userId }, select: { id: true, name: true } });
  return new Map(shoes.map((shoe) => [shoe.name.trim().toLowerCase(), shoe.id]));
}

function sourceName(format: string): string {
  if (format.startsWith("Strava")) return "strava";
  if (format === "stridewise-log") return "stridewise-log";
  if (format === "simple CSV") return "csv";
  return format.startsWith("zip") ? "zip" : format.toLowerCase();
}

async function writeRuns(
  tx: Tx,
  owner: ImportOwner,
  runs: readonly (RunCandidate & { shoeId?: string })[],
  source: string,
  original?: GzippedFile,
): Promise<void> {
  // Two statements per chunk, not two per run: a chunk of 200 runs is a few milliseconds of the server's
  // thread instead of a third of a second (issue 20). Each run records the import it came with (issue 16).
  const importId = currentImportId();
  const rows = runs.map((run) => ({
    id: randomUUID(),
    ...runColumns(run),
    ascentM: run.track?.ascentM ?? null,
    descentM: run.track?.descentM ?? null,
    userId: owner.id,
    shoeId: run.shoeId ?? null,
    source,
    importId,
  }));
  if (rows.length > 0) await tx.run.createMany({ data: rows });
  const pain = runs.flatMap((run, i) => run.pain.map((entry) => ({ ...entry, userId: owner.id, localDate: run.date, runId: rows[i]!.id })));
  if (pain.length > 0) await tx.painEntry.createMany({ data: pain });
  // What the files recorded (issue 21), one row per run that has samples, deleted with its run.
  const tracks = runs.flatMap((run, i) => (run.track ? [trackRow(rows[i]!.id, run.track, original)] : []));
  if (tracks.length > 0) await tx.runTrack.createMany({ data: tracks });
  // The log changed: cached analyses are stale, and the stored alerts are recomputed on the next view
  // even if the uploader never calls finishImport (closed tab).
  await tx.user.update({ where: { id: owner.id }, data: { logVersion: { increment: 1 }, alertsAsOf: null } });
}

type CreatedShoes = Map<string, { id: string; name: string }>;

/** Creates the shoes named by these runs that the account lacks; returns the runs with shoe ids. */
async function withShoes(tx: Tx, owner: ImportOwner, runs: readonly RunCandidate[], shoes: Map<string, string>, created: CreatedShoes) {
  const result: (RunCandidate & { shoeId?: string })[] = [];
  for (const run of runs) {
    const name = run.shoeName;
    const key = name?.toLowerCase();
    let shoeId = key ? (shoes.get(key) ?? created.get(key)?.id) : undefined;
    if (name && key && !shoeId) {
      shoeId = (await tx.shoe.create({ data: { userId: owner.id, name }, select: { id: true } })).id;
      created.set(key, { id: shoeId, name });
    }
    result.push({ ...run, shoeId });
  }
  return result;
}

async function importActivities(
  owner: ImportOwner,
  contents: UploadActivities,
  fileKey: string,
  report: FileReport,
  onProgress: ImportProgress,
): Promise<FileReport> {
  const today = todayFor(owner);
  const source = sourceName(contents.format);
  const shoes = await loadShoes(owner.id);
  const plan = (unit: ImportUnit): RunCandidate | undefined => {
    if (unit.kind === "not-run") report.notRuns++;
    else if (unit.kind === "failed") addProblem(report, unit.label, unit.reason);
    else {
      const planned = planActivity(unit.label, unit.activity, { timezone: owner.timezone, today });
      if (!planned.ok) addProblem(report, unit.label, planned.reason);
      else return { ...planned.value, sourceId: planned.value.sourceId ?? (planned.value.startAt ? undefined : `file:${fileKey}:${unit.label}`) };
    }
    return undefined;
  };

  // One file: everything is read and checked before anything is written, all or nothing.
  if (contents.atomic) {
    const candidates: RunCandidate[] = [];
    for await (const unit of contents.units()) {
      const candidate = plan(unit);
      if (candidate) candidates.push(candidate);
    }
    const problem = report.problems[0];
    if (problem) return failReport(report, report.problems.length === 1 && problem.item === report.file ? problem.reason : `${problem.item}: ${problem.reason}`);
    const index = new DuplicateIndex(await loadExisting(owner.id, duplicateQuery(candidates)));
    // One file is one upload: it is kept with its runs, written in one transaction.
    await writeChunk(owner, candidates, index, shoes, source, report, Number.POSITIVE_INFINITY, contents.original);
    await onProgress(contents.total, contents.total);
    return report;
  }

  // An export: activity by activity, written in chunks, with the account's runs read once for duplicates.
  const existing = await loadExisting(owner.id);
  const index = new DuplicateIndex(existing);
  let done = 0;
  let chunk: RunCandidate[] = [];
  const knownSource = (activity: { sourceId?: string }) => activity.sourceId !== undefined && index.has({ sourceId: activity.sourceId, distanceM: 0 });
  const known = existing.flatMap((run) => (run.sourceId ? [run.sourceId] : []));
  for await (const unit of contents.units(known)) {
    // Counted before it is checked: its file was not read, so it may lack what a new run needs.
    if (unit.kind === "activity" && knownSource(unit.activity)) report.duplicates++;
    else {
      const candidate = plan(unit);
      if (candidate) chunk.push(candidate);
    }
    done++;
    if (chunk.length >= IMPORT_CHUNK_SIZE || done % IMPORT_CHUNK_SIZE === 0) {
      await writeChunk(owner, chunk, index, shoes, source, report);
      chunk = [];
      await onProgress(done, contents.total);
    }
  }
  await writeChunk(owner, chunk, index, shoes, source, report);
  await onProgress(contents.total, contents.total);
  return report;
}

async function writeChunk(
  owner: ImportOwner,
  candidates: readonly RunCandidate[],
  index: DuplicateIndex,
  shoes: Map<string, string>,
  source: string,
  report: FileReport,
  /** One file is written in one transaction: whole or not at all. */
  sliceSize = WRITE_SLICE,
  original?: GzippedFile,
): Promise<void> {
  const fresh: RunCandidate[] = [];
  for (const candidate of candidates) {
    if (index.has(candidate)) report.duplicates++;
    else {
      fresh.push(candidate);
      // Also catches the same activity twice in one export.
      index.add(candidate);
    }
  }
  await inTurns(fresh, sliceSize, async (slice) => {
    const created: CreatedShoes = new Map();
    await db.$transaction(async (tx) => writeRuns(tx, owner, await withShoes(tx, owner, slice, shoes, created), source, original), TRANSACTION);
    // Only after the commit: a rolled-back shoe must not be reused by the next slice.
    created.forEach((shoe, key) => {
      shoes.set(key, shoe.id);
      report.shoesCreated.push(shoe.name);
    });
    report.imported += slice.length;
    slice.forEach((run) => addWarnings(report, run.label, run.warnings));
  });
}

/**
 * A log is checked whole before anything is written (the first invalid row fails the file); then its
 * settings, shoes and rest-day pain are written, and its runs in chunks, each its own short transaction.
 */
async function importLog(owner: ImportOwner, contents: UploadLog, report: FileReport, onProgress: ImportProgress): Promise<FileReport> {
  const [runs, shoesCount, pains] = await Promise.all([
    db.run.count({ where: { userId: owner.id } }),
    db.shoe.count({ where: { userId: owner.id } }),
    db.painEntry.count({ where: { userId: owner.id } }),
  ]);
  // A backup restored into an empty account brings its settings with it; otherwise the account's stay.
  const applyAthlete = contents.hasAthlete && runs + shoesCount + pains === 0;
  const athlete = contents.athlete;
  const timezone = applyAthlete ? athlete.timezone : owner.timezone;
  if (applyAthlete) report.notes.push(`settings taken from the file: time zone ${athlete.timezone}, weeks start on ${athlete.weekStartsOn}, ${athlete.units}`);
  else if (contents.hasAthlete) report.notes.push("your account already had data, so its settings were kept (the file's were not applied)");

  const plan = await contents.plan(timezone, todayFor({ timezone }));
  // Runs arrive in chunks, so the whole account is read once for duplicates (a log's ids included).
  const index = new DuplicateIndex(await loadExisting(owner.id));
  const painDays = unseenPainDays(plan.painDays, await db.painEntry.findMany({ where: { userId: owner.id, runId: null } }));
  const shoes = await loadShoes(owner.id);
  const source = sourceName(contents.format);
  const shoeIds = new Map<string, string>();

  await db.$transaction(async (tx) => {
    if (applyAthlete) await tx.user.update({ where: { id: owner.id }, data: athlete });
    for (const shoe of plan.shoes) {
      const existing = shoes.get(shoe.name.toLowerCase());
      if (existing) shoeIds.set(shoe.key, existing);
      else {
        const { key, ...data } = shoe;
        shoeIds.set(key, (await tx.shoe.create({ data: { ...data, userId: owner.id }, select: { id: true } })).id);
        shoes.set(shoe.name.toLowerCase(), shoeIds.get(key)!);
        report.shoesCreated.push(shoe.name);
      }
    }
    if (painDays.length > 0) {
      await tx.painEntry.createMany({ data: painDays.map(({ date, ...entry }) => ({ ...entry, localDate: date, userId: owner.id, importId: currentImportId() })) });
    }
    await writeRuns(tx, owner, [], source);
  }, TRANSACTION);
  if (painDays.length > 0) report.notes.push(`${painDays.length} rest-day pain ${painDays.length === 1 ? "entry" : "entries"} imported`);

  let done = 0;
  for await (const chunk of contents.runs()) {
    const fresh = chunk.filter((run) => {
      const duplicate = index.has({ ...run, id: run.logId });
      if (duplicate) report.duplicates++;
      else index.add(run);
      return !duplicate;
    });
    const runsWithShoes = fresh.map((run) => ({ ...run, shoeId: run.shoeKey ? shoeIds.get(run.shoeKey) : undefined }));
    await inTurns(runsWithShoes, WRITE_SLICE, async (slice) => {
      await db.$transaction(async (tx) => writeRuns(tx, owner, slice, source), TRANSACTION);
      report.imported += slice.length;
    });
    done += chunk.length;
    await onProgress(done, plan.runs);
  }
  return report;
}
