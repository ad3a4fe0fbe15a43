// The outbox worker against a real SMTP server and a real SQLite file: retries through an outage,
// survives restarts, and never delivers a message twice.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../generated/prisma/client";
import { readEmailConfig, type EmailConfig } from "./config";
import { enqueueEmail } from "./outbox";
import { createMailTransport, type MailTransport } from "./transport";
import { createTestDatabase, createTestUser, type TestDatabase } from "../test-db";
import { startTestSmtpServer, testEmailEnv, type TestSmtpServer } from "./test-smtp";
import { CLAIM_LEASE_MS, sendDueEmails, startEmailWorker } from "./worker";

const silent = { info: () => {}, warn: () => {}, error: () => {} };
const T0 = new Date("2025-02-24T09:00:00Z");
const after = (ms: number) => () => new Date(T0.getTime() + ms);
const SECOND = 1000;
const MINUTE = 60 * SECOND;

let smtp: TestSmtpServer;
let test: TestDatabase;
let db: PrismaClient;
let config: EmailConfig;
let transport: MailTransport;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  config = readEmailConfig(testEmailEnv(smtp.port))!;
  transport = createMailTransport(config);
});
afterAll(() => smtp.close());
beforeEach(async () => {
  test = await createTestDatabase();
  db = test.db;
  smtp.received.length = 0;
  smtp.setOutage(false);
});
afterEach(() => test.cleanup());

async function queueOne(client: PrismaClient, kind: "high-alert" | "weekly-review" = "weekly-review") {
  const user = await createTestUser(client, { emailHighAlerts: true, emailWeeklyReview: true });
  const dedupeKey = `${kind}:${user.id}:2025-02-17`;
  await enqueueEmail(client, { userId: user.id, kind, dedupeKey, toAddress: user.email, subject: "Hello", text: "Hi", html: "<p>Hi</p>" }, T0);
  return { user, dedupeKey };
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("the outbox worker", () => {
  it("retries after an SMTP outage with backoff, then delivers exactly once", async () => {
    const { dedupeKey } = await queueOne(db);
    smtp.setOutage(true);
    expect(await sendDueEmails(db, transport, config, silent, after(0))).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const failed = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey } });
    expect(failed).toMatchObject({ status: "pending", attempts: 1 });
    expect(failed.lastError).toContain("451");
    expect(failed.nextAttemptAt.getTime()).toBe(T0.getTime() + MINUTE);

    smtp.setOutage(false);
    // Not due yet: the first retry waits a minute.
    expect(await sendDueEmails(db, transport, config, silent, after(30 * SECOND))).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await sendDueEmails(db, transport, config, silent, after(61 * SECOND))).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await sendDueEmails(db, transport, config, silent, after(3 * 60 * MINUTE))).toEqual({ sent: 0, retrying: 0, failed: 0 });

    expect(smtp.attempts()).toBe(2);
    expect(smtp.received).toHaveLength(1);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey } })).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });

  it("sends a message queued before a restart exactly once from the new process", async () => {
    const first = startEmailWorker(db, transport, { config, logger: silent, intervalMs: 60 * MINUTE });
    await first.runOnce();
    await first.stop();
    const { dedupeKey } = await queueOne(db);
    await db.$disconnect(); // the old process is gone

    const restarted = test.openClient();
    const second = startEmailWorker(restarted, transport, { config, logger: silent, intervalMs: 20 });
    await waitFor(() => smtp.received.length === 1);
    await second.runOnce();
    await second.runOnce();
    await second.stop();

    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.header("message-id")).toMatch(/^<weekly-review\.c[a-z0-9]+\.2025-02-17@run\.example\.org>$/);
    expect(await restarted.outboxMessage.findUniqueOrThrow({ where: { dedupeKey } })).toMatchObject({ status: "sent" });
  });

  it("lets a new process take over a message whose sender died mid-send, once the claim expires", async () => {
    await queueOne(db);
    // A transport that never answers: the process "dies" while the message is claimed.
    const hanging: MailTransport = { sendMail: () => new Promise(() => {}) };
    void sendDueEmails(db, hanging, config, silent, after(0));
    await waitFor(async () => (await db.outboxMessage.findFirstOrThrow()).attempts === 1);

    const restarted = test.openClient();
    expect((await sendDueEmails(restarted, transport, config, silent, after(MINUTE))).sent).toBe(0);
    expect((await sendDueEmails(restarted, transport, config, silent, after(CLAIM_LEASE_MS + SECOND))).sent).toBe(1);
    expect(smtp.received).toHaveLength(1);
  });

  it("never sends one message from two workers running at once", async () => {
    for (let i = 0; i < 5; i++) await queueOne(db);
    const other = test.openClient();
    const results = await Promise.all([
      sendDueEmails(db, transport, config, silent, after(0)),
      sendDueEmails(other, transport, config, silent, after(0)),
    ]);
    expect(results[0].sent + results[1].sent).toBe(5);
    expect(smtp.received).toHaveLength(5);
    expect(new Set(smtp.received.map((mail) => mail.header("message-id"))).size).toBe(5);
  });

  it("gives up at once on a permanent (5xx) rejection, and drops mail the runner unsubscribed from", async () => {
    const rejecting: MailTransport = {
      sendMail: () => Promise.reject(Object.assign(new Error("550 No such user"), { responseCode: 550 })),
    };
    const { dedupeKey } = await queueOne(db);
    expect(await sendDueEmails(db, rejecting, config, silent, after(0))).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey } })).toMatchObject({ status: "failed" });

    const { user, dedupeKey: weekly } = await queueOne(db);
    await db.user.update({ where: { id: user.id }, data: { emailWeeklyReview: false } });
    await sendDueEmails(db, transport, config, silent, after(0));
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: weekly } })).toMatchObject({
      status: "failed",
      lastError: "cancelled: unsubscribed",
    });
    expect(smtp.received).toHaveLength(0);
  });

  it("queues a message once however often it is queued", async () => {
    const { user, dedupeKey } = await queueOne(db);
    const again = { userId: user.id, kind: "weekly-review" as const, dedupeKey, toAddress: user.email, subject: "x", text: "x", html: "x" };
    expect(await enqueueEmail(db, again)).toBe(false);
    expect(await db.$transaction((tx) => enqueueEmail(tx, again))).toBe(false);
    expect(await db.outboxMessage.count()).toBe(1);
  });
});
