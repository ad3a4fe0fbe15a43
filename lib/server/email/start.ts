import "server-only";
// Starts the outbox worker inside the Next server (called from instrumentation.ts). App-only: it uses
// the server's one PrismaClient. Email being off, or SMTP being down, never stops the server.
import { db } from "../db";
import { readEmailSetup } from "./config";
import { createEmailLogger } from "./logger";
import { createMailTransport } from "./transport";
import { startEmailWorker, type EmailWorker } from "./worker";

// Development reloads re-run instrumentation in the same process: one worker per process.
const globalForWorker = globalThis as unknown as { stridewiseEmailWorker?: EmailWorker };

/**
 * EMAIL_WORKER=off leaves sending to other instances (or to `npm run digest` from cron). Several
 * workers are safe too: a message is claimed by a conditional update, which one worker wins on SQLite
 * and on PostgreSQL alike, and the weekly and morning scans queue by a unique key. Off only saves work.
 */
export function emailWorkerWanted(value = process.env.EMAIL_WORKER): boolean {
  return !/^(off|false|0|no)$/i.test((value ?? "on").trim());
}

export function startServerEmailWorker(): void {
  if (globalForWorker.stridewiseEmailWorker) return;
  const logger = createEmailLogger();
  if (!emailWorkerWanted()) {
    logger.info({ reason: "EMAIL_WORKER=off" }, "the email worker is off on this instance");
    return;
  }
  const setup = readEmailSetup();
  if (!setup.configured) {
    logger.info({ reason: setup.reason }, "email is not configured; the email worker is off");
    return;
  }
  try {
    const transport = createMailTransport(setup.config);
    globalForWorker.stridewiseEmailWorker = startEmailWorker(db, transport, { config: setup.config, logger });
  } catch (error) {
    logger.error({ err: error instanceof Error ? error.message : String(error) }, "email worker did not start");
  }
}

/** Sends what is due now instead of at the next pass: for an account email the runner is waiting for. */
export function wakeServerEmailWorker(): void {
  void globalForWorker.stridewiseEmailWorker?.runOnce();
}
