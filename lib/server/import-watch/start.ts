import "server-only";
// Starts the watched-folder scanner inside the Next server (called from instrumentation.ts), like the
// email worker: one per process, off unless IMPORT_WATCH_DIR is set, and a failing scan is logged and
// tried again at the next interval; it never stops the server.
import { db } from "../db";
import { findImportOwner, finishImport, type ImportOwner } from "../data/import";
import { importAndRecord } from "../data/import-history";
import { logger } from "../log";
import { readWatchSetup } from "./config";
import { FolderScanner } from "./scanner";

const globalForWatcher = globalThis as unknown as { stridewiseImportWatcher?: { stop: () => void } };

export function startImportWatcher(): void {
  if (globalForWatcher.stridewiseImportWatcher) return;
  const setup = readWatchSetup();
  if (!setup.enabled) {
    logger.info({ reason: setup.reason }, "the watched import folder is off");
    return;
  }
  const scanner = new FolderScanner<ImportOwner>(
    setup.root,
    {
      owners: async (ids) => {
        const owners = await Promise.all(ids.map((id) => findImportOwner(id)));
        return owners.filter((owner): owner is ImportOwner => owner !== null);
      },
      knownHash: async (owner, hash) => (await db.importRecord.count({ where: { userId: owner.id, fileHash: hash } })) > 0,
      importFile: async (owner, file, bytes, hash) => (await importAndRecord(owner, "folder", file, bytes, undefined, { hash })).report,
      finish: async (owner) => {
        await finishImport(owner);
      },
      log: (message, fields) => logger.warn(fields, message),
    },
    { settleMs: setup.pollMs, giveUpMs: Math.max(10 * 60_000, setup.pollMs * 10) },
  );
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = async () => {
    try {
      const result = await scanner.scan();
      if (result.imported > 0) logger.info({ imported: result.imported, files: result.files }, "watched folder imported runs");
    } catch (error) {
      logger.error({ err: error }, "scanning the watched import folder failed");
    }
    if (!stopped) timer = setTimeout(tick, setup.pollMs).unref();
  };
  timer = setTimeout(tick, 0).unref();
  globalForWatcher.stridewiseImportWatcher = {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
  logger.info({ root: setup.root, pollSeconds: setup.pollMs / 1000 }, "watching the import folder");
}
