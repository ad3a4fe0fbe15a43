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

export function startServerEmailWorker(): void {
  if (globalForWorker.stridewiseEmailWorker) return;
  const logger = createEmailLogger();
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
