import "server-only";
import os from "node:os";
import path from "node:path";
import type { TransferListItem } from "node:worker_threads";
import type { ImportUnit } from "../import/activity-file";
import { IMPORT_MEMORY_MB, IMPORT_WORKER_SECONDS } from "../import/limits";
import type { PlannedLogRun, PlannedShoe } from "../import/log-import";
import type { ParseReply, ParseRequest, UploadHeader } from "../import/parse-job";
import { ImportError } from "../import/types";
import type { PainDayInput } from "../validation/run";
import { createWorkerPool, WorkerBudgetError, type WorkerLease, type WorkerPool } from "./worker-pool";

// Import parsing runs in worker threads (lib/import/parse-job.ts), never on the request thread: a zip of
// 20,000 hostile files or a CSV of 100,000 rows costs its own account the wait, and every other
// runner's pages and saves go on (issue 20). Writing to the database stays here, in the server.

export type UploadLog = Extract<UploadHeader, { kind: "log" }> & {
  /** Checks every row (the first problem throws an ImportError) and returns what comes before the runs. */
  plan(timezone: string, today: string): Promise<{ shoes: PlannedShoe[]; painDays: PainDayInput[]; runs: number }>;
  runs(): AsyncGenerator<PlannedLogRun[]>;
};

export type UploadActivities = Extract<UploadHeader, { kind: "activities" }> & {
  /** The activities in turn; `known` are source ids the account has, whose files are not read. */
  units(known?: readonly string[]): AsyncGenerator<ImportUnit>;
};

export type ParsedUpload = (UploadLog | UploadActivities) & { close(): void };

/**
 * Two workers, three on a machine with more cores: one account has one worker at a time, so another
 * account's import never waits behind a hostile one, and the pages keep a core's share.
 */
const WORKERS = Math.max(2, Math.min(3, os.availableParallelism() - 1));

const holder = globalThis as unknown as { stridewiseImportPool?: WorkerPool };

function pool(): WorkerPool {
  // The sources are beside the build (the server is run from its checkout, as `npm start` does).
  return (holder.stridewiseImportPool ??= createWorkerPool({
    file: path.join(process.cwd(), "lib", "import", "parse-worker.cjs"),
    size: WORKERS,
    budgetMs: IMPORT_WORKER_SECONDS * 1000,
    memoryMb: IMPORT_MEMORY_MB,
  }));
}

async function ask<T extends ParseReply["type"]>(lease: WorkerLease, request: ParseRequest, expect: T, transfer?: TransferListItem[]) {
  let reply: ParseReply;
  try {
    reply = await lease.request<ParseReply>(request, transfer);
  } catch (error) {
    if (!(error instanceof WorkerBudgetError)) throw error;
    throw new ImportError(
      error.budget === "time"
        ? `reading the file took more than ${IMPORT_WORKER_SECONDS} s, the limit for one file: split it into smaller files`
        : `reading the file needed more than ${IMPORT_MEMORY_MB} MB of memory, the limit for one file: split it into smaller files`,
    );
  }
  if (reply.type === "failed") throw reply.expected ? new ImportError(reply.reason) : new Error(`import parsing failed: ${reply.reason}`);
  if (reply.type !== expect) throw new Error(`import worker answered ${reply.type} to ${request.type}`);
  return reply as Extract<ParseReply, { type: T }>;
}

async function* batches(lease: WorkerLease, known?: readonly string[]) {
  for (let first = true; ; first = false) {
    const reply = await ask(lease, { type: "more", known: first ? known : undefined }, "items");
    yield reply.items;
    if (reply.done) return;
  }
}

/**
 * Reads an upload in a worker of the pool, one at a time per account (`key`). File problems throw an
 * ImportError, as readUpload does. The worker stays the upload's until close().
 */
export async function parseUpload(key: string, name: string, bytes: Uint8Array): Promise<ParsedUpload> {
  const lease = await pool().lease(key);
  try {
    // Handed over, not copied: a zip may be 200 MB. The caller keeps nothing it needs from it.
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    const { header } = await ask(lease, { type: "start", name, bytes: own }, "header", [own.buffer as ArrayBuffer]);
    const close = () => lease.release();
    if (header.kind === "log") {
      return {
        ...header,
        close,
        plan: async (timezone, today) => ask(lease, { type: "plan", timezone, today }, "plan"),
        runs: () => batches(lease) as AsyncGenerator<PlannedLogRun[]>,
      };
    }
    return {
      ...header,
      close,
      units: async function* (known) {
        for await (const items of batches(lease, known)) yield* items as ImportUnit[];
      },
    };
  } catch (error) {
    lease.release();
    throw error;
  }
}
