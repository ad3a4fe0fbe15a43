import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// The import history's id for everything one import writes. The importer (import.ts) tags each run and
// rest-day pain entry it creates with it, so an import can be undone; the import entry points
// (import-history.ts) set it around the importer, which needs no id passed through every function.

const current = new AsyncLocalStorage<string>();

export function withImportId<T>(importId: string, work: () => Promise<T>): Promise<T> {
  return current.run(importId, work);
}

/** The id of the import being written, or null outside one (runs logged by hand). */
export function currentImportId(): string | null {
  return current.getStore() ?? null;
}
