import "server-only";
import { createHash } from "node:crypto";
import type { Alert } from "../../analysis/types";
import type { FileReport } from "../../import/report";
import { db } from "../db";
import { InputError, NotFoundError } from "./errors";
import { importFile, type ImportOwner, type ImportProgress } from "./import";
import { withImportId } from "./import-context";
import { changeLog } from "./log-change";

// The Import history (issue 16): every file imported from the Import page, the watched folder or the
// API is recorded with its report, and the runs it added are tagged with the record, so a runner can
// see what each import did and undo a whole import in one step.

export type ImportVia = "page" | "folder" | "api";

export const IMPORT_VIA_LABELS: Record<ImportVia, string> = { page: "Import page", folder: "Watched folder", api: "API upload" };

export function fileHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Imports one file through the same importer as the Import page and records it. `importFile` never
 * throws for a bad file; should it throw on a server fault, the record says it failed.
 */
export async function importAndRecord(
  owner: ImportOwner,
  via: ImportVia,
  name: string,
  bytes: Uint8Array,
  onProgress: ImportProgress = async () => undefined,
  { hash = fileHash(bytes) }: { hash?: string } = {},
): Promise<{ importId: string; report: FileReport }> {
  const record = await db.importRecord.create({ data: { userId: owner.id, via, file: name.slice(0, 1000), fileHash: hash }, select: { id: true } });
  let report: FileReport | undefined;
  try {
    report = await withImportId(record.id, () => importFile(owner, name, bytes, onProgress));
    return { importId: record.id, report };
  } finally {
    await db.importRecord.update({
      where: { id: record.id },
      data: report
        ? { status: report.status, format: report.format ?? null, imported: report.imported, report: JSON.stringify(report) }
        : { status: "failed", report: JSON.stringify({ file: name, error: "the import stopped on a server error" }) },
    });
  }
}

/** A record still "running" after this long belongs to an import the server stopped in the middle of. */
const STALE_RUNNING_MS = 60 * 60_000;

/** Still being imported (not a record left behind by a server that stopped mid-import). */
export function isImportRunning(record: { status: string; createdAt: Date }, now = Date.now()): boolean {
  return record.status === "running" && now - record.createdAt.getTime() < STALE_RUNNING_MS;
}

export type ImportHistoryEntry = {
  id: string;
  via: ImportVia;
  file: string;
  status: string;
  createdAt: Date;
  undoneAt: Date | null;
  /** The runs of this import still in the log (the runner may have deleted some by hand). */
  runsLeft: number;
  report: FileReport | undefined;
};

export const IMPORT_HISTORY_PAGE = 100;

/** The runner's imports, newest first. */
export async function listImports(userId: string, take = IMPORT_HISTORY_PAGE): Promise<ImportHistoryEntry[]> {
  const rows = await db.importRecord.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    include: { _count: { select: { runs: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    via: row.via as ImportVia,
    file: row.file,
    status: row.status,
    createdAt: row.createdAt,
    undoneAt: row.undoneAt,
    runsLeft: row._count.runs,
    report: parseReport(row.report),
  }));
}

function parseReport(json: string): FileReport | undefined {
  try {
    const report = JSON.parse(json) as Partial<FileReport>;
    return typeof report.imported === "number" ? (report as FileReport) : undefined;
  } catch {
    return undefined;
  }
}

export type UndoneImport = { runs: number; painDays: number; shoes: string[]; newAlerts: Alert[] };

/**
 * Deletes what one import added: its runs (with their pain), the rest-day pain it brought, and the shoes
 * it created that no run wears any more. The alerts are recomputed in the same transaction.
 */
export async function undoImport(owner: ImportOwner, importId: string): Promise<UndoneImport> {
  const record = await db.importRecord.findFirst({ where: { id: importId, userId: owner.id } });
  if (!record) throw new NotFoundError("Import not found");
  if (record.undoneAt) throw new InputError({ form: "This import was undone already." });
  if (isImportRunning(record)) throw new InputError({ form: "This import is still running: undo it once it has finished." });
  const shoeNames = parseReport(record.report)?.shoesCreated ?? [];
  const { result, newAlerts } = await changeLog(owner, async (tx) => {
    // Claimed first, so two undos at once cannot both run.
    const claimed = await tx.importRecord.updateMany({ where: { id: importId, undoneAt: null }, data: { undoneAt: new Date() } });
    if (claimed.count === 0) throw new InputError({ form: "This import was undone already." });
    // The runs' samples and files go with them (issue 21); named here, not left to the cascade alone.
    await tx.runTrack.deleteMany({ where: { run: { userId: owner.id, importId } } });
    const runs = await tx.run.deleteMany({ where: { userId: owner.id, importId } });
    const painDays = await tx.painEntry.deleteMany({ where: { userId: owner.id, importId, runId: null } });
    const shoes = shoeNames.length === 0
      ? []
      : await tx.shoe.findMany({
          where: { userId: owner.id, name: { in: shoeNames }, createdAt: { gte: record.createdAt }, runs: { none: {} } },
          select: { id: true, name: true },
        });
    if (shoes.length > 0) await tx.shoe.deleteMany({ where: { id: { in: shoes.map((shoe) => shoe.id) } } });
    return { runs: runs.count, painDays: painDays.count, shoes: shoes.map((shoe) => shoe.name) };
  });
  return { ...result, newAlerts };
}
