// For the email integration tests: the hooks they all need (one SMTP server per file, a fresh SQLite
// database per test) and a worker whose passes run at the times a test sets. Not a test file itself.
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import type { PrismaClient } from "../../generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "../test-db";
import { readEmailConfig, type EmailConfig } from "./config";
import { startTestSmtpServer, testEmailEnv, type ReceivedMail, type TestSmtpServer } from "./test-smtp";
import { createMailTransport } from "./transport";
import { startEmailWorker, type EmailWorker } from "./worker";

export const silentLogger = { info: () => {}, warn: () => {}, error: () => {} };

export type EmailTestBed = { smtp: TestSmtpServer; config: EmailConfig; test: TestDatabase; db: PrismaClient };

/** Registers the hooks; the returned object's fields are set by the time each test runs. */
export function emailTestBed(): EmailTestBed {
  const bed = {} as EmailTestBed;
  beforeAll(async () => {
    bed.smtp = await startTestSmtpServer();
    bed.config = readEmailConfig(testEmailEnv(bed.smtp.port))!;
  });
  afterAll(() => bed.smtp.close());
  beforeEach(async () => {
    bed.test = await createTestDatabase();
    bed.db = bed.test.db;
    bed.smtp.received.length = 0;
  });
  afterEach(() => bed.test.cleanup());
  return bed;
}

/**
 * A worker on the bed's database that checks for due weekly reviews and morning checks on every pass;
 * the passes are driven by the test, at the times it sets. Stopped before the database goes (after
 * hooks run last-registered first).
 */
export function clockedWorker(bed: EmailTestBed): { passAt: (iso: string) => Promise<ReceivedMail[]> } {
  let clock = new Date("2000-01-01T00:00:00Z");
  let worker: EmailWorker;
  beforeEach(() => {
    clock = new Date("2000-01-01T00:00:00Z");
    worker = startEmailWorker(bed.db, createMailTransport(bed.config), {
      config: bed.config,
      logger: silentLogger,
      intervalMs: 3_600_000,
      weeklyCheckMs: 0,
      now: () => clock,
    });
  });
  afterEach(() => worker.stop());
  return {
    passAt: async (iso) => {
      clock = new Date(iso);
      await worker.runOnce();
      return bed.smtp.received;
    },
  };
}
