import "server-only";
import { createHash } from "node:crypto";
import type { Alert } from "../../analysis/types";
import { describeImportFailure, ImportError } from "../../import/types";
import { readUpload, type ImportUnit, type UploadContents } from "../../import/detect";
import { IMPORT_CHUNK_SIZE } from "../../import/limits";
import { planLogImport, unseenPainDays } from "../../import/log-import";
import { DuplicateIndex, duplicateQuery, planActivity, runColumns, type ExistingRun, type RunCandidate } from "../../import/plan";
import { addProblem, addWarnings, failReport, newReport, settleReport, type FileReport } from "../../import/report";
import type { Prisma, User } from "../../generated/prisma/client";
import { db } from "../db";
import { todayFor } from "./alerts";
import { currentImportId } from "./import-context";
import { changeLog } from "./log-change";
import { trackColumns, type OriginalFile } from "./run-tracks";

// Issue 5: each file imports whole or not at all (an export: each activity), duplicates are skipped,
// and the alerts are recomputed once, by finishImport, after the last file.

type Tx = Prisma.TransactionClient;
export type ImportOwner = Pick<User, "id" | "timezone" | "weekStartsOn" | "units">;
export type ImportProgress = (done: number, total: number) => Promise<void>;

/** Generous: a whole log of years is written in one transaction. */
const TRANSACTION = { timeout: 120_000, maxWait: 15_000 };
/** Above this many ids, one scan of the account is cheaper than a long IN list. */
const MAX_LOOKUP_IDS = 500;

export async function findImportOwner(userId: string): Promise<ImportOwner | null> {
  return db.user.findUnique({ where: { id: userId }, select: { id: true, timezone: true, weekStartsOn: true, units: true } });
}

/** Imports one uploaded file and says what happened; it never throws for a bad file. */
export async function importFile(owner: ImportOwner, name: string, bytes: Uint8Array, onProgress: ImportProgress): Promise<FileReport> {
  const report = newReport(name);
  let contents: UploadContents;
  try {
    contents = readUpload(name, bytes);
  } catch (error) {
    return failReport(report, describeImportFailure(error));
  }
  report.format = contents.format;
  try {
    if (contents.kind === "log") return settleReport(await importLog(owner, contents, report));
    report.notes.push(...contents.notes);
    const fileKey = createHash("sha256").update(bytes).digest("hex").slice(0, 24);
    return settleReport(await importActivities(owner, contents, fileKey, report, onProgress, { name, bytes }));
  } catch (error) {
    if (error instanceof ImportError) return failReport(report, error.message);
    console.error("import failed", error);
    const saved = report.imported > 0 ? `${report.imported} runs were saved before it stopped` : "nothing from it was saved";
    return failReport(report, `the import stopped on a server error: ${saved}`);
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
  original?: OriginalFile,
): Promise<void> {
  for (const run of runs) {
    await tx.run.create({
      data: {
        ...runColumns(run),
        ...trackColumns(run.samples, original),
        userId: owner.id,
        shoeId: run.shoeId ?? null,
        source,
        importId: currentImportId(),
        pain: { create: run.pain.map((entry) => ({ ...entry, userId: owner.id, localDate: run.date })) },
      },
    });
  }
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
  contents: Extract<UploadContents, { kind: "activities" }>,
  fileKey: string,
  report: FileReport,
  onProgress: ImportProgress,
  file: OriginalFile,
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
    const candidates = [...contents.units()].map(plan).filter((run): run is RunCandidate => run !== undefined);
    const problem = report.problems[0];
    if (problem) return failReport(report, report.problems.length === 1 && problem.item === report.file ? problem.reason : `${problem.item}: ${problem.reason}`);
    const index = new DuplicateIndex(await loadExisting(owner.id, duplicateQuery(candidates)));
    // One file is one upload: it is kept with its runs. An export's own files are not kept one by one.
    await writeChunk(owner, candidates, index, shoes, source, report, file);
    await onProgress(contents.total, contents.total);
    return report;
  }

  // An export: activity by activity, written in chunks, with the account's runs read once for duplicates.
  const index = new DuplicateIndex(await loadExisting(owner.id));
  let done = 0;
  let chunk: RunCandidate[] = [];
  const knownSource = (activity: { sourceId?: string }) => activity.sourceId !== undefined && index.has({ sourceId: activity.sourceId, distanceM: 0 });
  for (const unit of contents.units(knownSource)) {
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
  original?: OriginalFile,
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
  if (fresh.length === 0) return;
  const created: CreatedShoes = new Map();
  await db.$transaction(async (tx) => writeRuns(tx, owner, await withShoes(tx, owner, fresh, shoes, created), source, original), TRANSACTION);
  // Only after the commit: a rolled-back shoe must not be reused by the next chunk.
  created.forEach((shoe, key) => {
    shoes.set(key, shoe.id);
    report.shoesCreated.push(shoe.name);
  });
  report.imported += fresh.length;
  fresh.forEach((run) => addWarnings(report, run.label, run.warnings));
}

async function importLog(owner: ImportOwner, contents: Extract<UploadContents, { kind: "log" }>, report: FileReport): Promise<FileReport> {
  const [runs, shoesCount, pains] = await Promise.all([
    db.run.count({ where: { userId: owner.id } }),
    db.shoe.count({ where: { userId: owner.id } }),
    db.painEntry.count({ where: { userId: owner.id } }),
  ]);
  // A backup restored into an empty account brings its settings with it; otherwise the account's stay.
  const applyAthlete = contents.hasAthlete && runs + shoesCount + pains === 0;
  const athlete = contents.log.athlete;
  const timezone = applyAthlete ? athlete.timezone : owner.timezone;
  if (applyAthlete) report.notes.push(`settings taken from the file: time zone ${athlete.timezone}, weeks start on ${athlete.weekStartsOn}, ${athlete.units}`);
  else if (contents.hasAthlete) report.notes.push("your account already had data, so its settings were kept (the file's were not applied)");

  const plan = planLogImport(contents.log, { timezone, today: todayFor({ timezone }) });
  const lookup = { ...duplicateQuery(plan.runs), ids: plan.runs.map((run) => run.logId) };
  const index = new DuplicateIndex(await loadExisting(owner.id, lookup));
  const fresh = plan.runs.filter((run) => {
    const duplicate = index.has({ ...run, id: run.logId });
    if (duplicate) report.duplicates++;
    else index.add(run);
    return !duplicate;
  });
  const painDays = unseenPainDays(plan.painDays, await db.painEntry.findMany({ where: { userId: owner.id, runId: null } }));
  const shoes = await loadShoes(owner.id);

  await db.$transaction(async (tx) => {
    if (applyAthlete) await tx.user.update({ where: { id: owner.id }, data: athlete });
    const shoeIds = new Map<string, string>();
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
    const runsWithShoes = fresh.map((run) => ({ ...run, shoeId: run.shoeKey ? shoeIds.get(run.shoeKey) : undefined }));
    if (painDays.length > 0) {
      await tx.painEntry.createMany({ data: painDays.map(({ date, ...entry }) => ({ ...entry, localDate: date, userId: owner.id, importId: currentImportId() })) });
    }
    await writeRuns(tx, owner, runsWithShoes, sourceName(contents.format));
  }, TRANSACTION);
  report.imported = fresh.length;
  if (painDays.length > 0) report.notes.push(`${painDays.length} rest-day pain ${painDays.length === 1 ? "entry" : "entries"} imported`);
  return report;
}
