// The watched import folder (issue 16): IMPORT_WATCH_DIR holds one folder per runner, named by the
// runner's id, that a sync tool fills. Each scan lists the files; one whose size and modification time
// have not changed for a whole poll is read and imported through the Import page's importer, once per
// version of its bytes. Files are only ever read: Stridewise never deletes, moves or writes them.
// Not "server-only" and never imports lib/server/db: the importer is handed in, so this is unit-tested.

import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { looksIncomplete } from "../../import/complete";
import { MAX_ZIP_BYTES } from "../../import/limits";
import type { FileReport } from "../../import/report";
import { runnerWatchFolder } from "./config";

/** What the Import page takes (app/import/uploader.tsx); anything else in the folder is left alone. */
const IMPORTABLE = /\.(gpx|tcx|fit|gz|zip|csv|json)$/i;
/** Partial downloads and editors' temporary files: never imported, whatever they are called before it. */
const TEMPORARY = /(\.(part|partial|tmp|temp|crdownload|download|swp)|~)$/i;
/** A user id (cuid): folders named otherwise are not runners' folders. */
const RUNNER_FOLDER = /^[a-z0-9]{20,40}$/;
const MAX_DEPTH = 8;

export type WatchOwner = { id: string };

export type WatchDeps<O extends WatchOwner> = {
  /** The runners whose ids these are (unknown ids are left out). */
  owners: (ids: string[]) => Promise<O[]>;
  /** True when this runner has imported these exact bytes before (from any folder, page or the API). */
  knownHash: (owner: O, hash: string) => Promise<boolean>;
  importFile: (owner: O, file: string, bytes: Uint8Array, hash: string) => Promise<FileReport>;
  /** Recomputes the alerts once, after a scan imported runs for this runner. */
  finish: (owner: O) => Promise<void>;
  log?: (message: string, fields: Record<string, unknown>) => void;
};

export type WatchOptions = {
  /** A file has to keep its size and time this long (at least one scan) before it is read. */
  settleMs: number;
  /** A file that still looks cut short after this long is imported anyway, and its report says why. */
  giveUpMs: number;
};

type Seen = { version: string; since: number; handled: boolean };

export type ScanResult = { imported: number; files: number; waiting: number };

async function listFiles(dir: string, depth = 0): Promise<string[]> {
  if (depth > MAX_DEPTH) return [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    // Hidden files are sync tools' own (.stfolder, .syncthing.x.tmp, .~lock); links could lead out of the folder.
    if (entry.name.startsWith(".") || entry.isSymbolicLink()) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full, depth + 1)));
    else if (entry.isFile() && IMPORTABLE.test(entry.name) && !TEMPORARY.test(entry.name)) files.push(full);
  }
  return files;
}

export class FolderScanner<O extends WatchOwner> {
  private readonly seen = new Map<string, Seen>();

  constructor(
    private readonly root: string,
    private readonly deps: WatchDeps<O>,
    private readonly options: WatchOptions,
  ) {}

  async scan(now = Date.now()): Promise<ScanResult> {
    const result: ScanResult = { imported: 0, files: 0, waiting: 0 };
    const folders = (await readdir(this.root, { withFileTypes: true }).catch(() => []))
      // A runner's folder may be a link the administrator made (to a Syncthing folder elsewhere); links
      // inside it are not followed (listFiles), since what is in it comes from the runner's devices.
      .filter((entry) => (entry.isDirectory() || entry.isSymbolicLink()) && RUNNER_FOLDER.test(entry.name))
      .map((entry) => entry.name);
    if (folders.length === 0) return result;
    const present = new Set<string>();
    for (const owner of await this.deps.owners(folders)) {
      const folder = runnerWatchFolder(this.root, owner.id);
      let imported = 0;
      for (const file of await listFiles(folder)) {
        present.add(file);
        result.files++;
        const outcome = await this.consider(owner, folder, file, now);
        if (outcome === "waiting") result.waiting++;
        else if (outcome > 0) imported += outcome;
      }
      if (imported > 0) await this.deps.finish(owner);
      result.imported += imported;
    }
    for (const file of this.seen.keys()) if (!present.has(file)) this.seen.delete(file);
    return result;
  }

  /** Imports the file when it is ready: the runs imported, 0 when there was nothing to do, or "waiting". */
  private async consider(owner: O, folder: string, file: string, now: number): Promise<number | "waiting"> {
    const info = await stat(file).catch(() => undefined);
    if (!info) return 0;
    const version = `${info.size}:${info.mtimeMs}`;
    const seen = this.seen.get(file);
    if (!seen || seen.version !== version) {
      // New or changed since the last scan: it may still be being written.
      this.seen.set(file, { version, since: now, handled: false });
      return "waiting";
    }
    if (seen.handled) return 0;
    if (now - seen.since < this.options.settleMs) return "waiting";
    const name = path.relative(folder, file).split(path.sep).join("/");
    if (info.size > MAX_ZIP_BYTES) {
      seen.handled = true;
      this.deps.log?.("watched file is over the upload limit; not imported", { file: name, bytes: info.size });
      return 0;
    }
    const bytes = new Uint8Array(await readFile(file));
    // Cut short and young: a copy still under way. It is read again on the next scan.
    if (looksIncomplete(bytes) && now - seen.since < this.options.giveUpMs) return "waiting";
    seen.handled = true;
    const hash = createHash("sha256").update(bytes).digest("hex");
    if (await this.deps.knownHash(owner, hash)) return 0;
    const report = await this.deps.importFile(owner, name, bytes, hash);
    return report.imported;
  }
}
