// The high-alert email end to end: refreshAlerts (the real one, inside a transaction on a real SQLite
// database) queues it, the worker sends it through a real SMTP server, and it goes out once.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { addDays, localDateOf } from "../../analysis/dates";
import type { PrismaClient } from "../../generated/prisma/client";
import { readEmailConfig, type EmailConfig } from "./config";
import { createMailTransport } from "./transport";
import { createTestDatabase, createTestUser, type TestDatabase } from "../test-db";
import { startTestSmtpServer, testEmailEnv, type TestSmtpServer } from "./test-smtp";
import { sendDueEmails } from "./worker";

// alerts.ts is app code: it imports "server-only" and the app's db singleton, neither of which this
// test uses (refreshAlerts works on the transaction it is given).
vi.mock("server-only", () => ({}));
vi.mock("../db", () => ({ db: {} }));
const { refreshAlerts } = await import("../data/alerts");

const silent = { info: () => {}, warn: () => {}, error: () => {} };
let smtp: TestSmtpServer;
let test: TestDatabase;
let db: PrismaClient;
let config: EmailConfig;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  for (const [name, value] of Object.entries(testEmailEnv(smtp.port))) vi.stubEnv(name, value);
  config = readEmailConfig()!;
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp.close();
});
beforeEach(async () => {
  test = await createTestDatabase();
  db = test.db;
  smtp.received.length = 0;
});
afterEach(() => test.cleanup());

/** Knee pain on four runs over 19 days, up to yesterday: PAIN_PERSIST (high) as of today. */
async function logPersistentKneePain(userId: string) {
  const today = localDateOf(new Date(), "UTC"); // the system time, faked in one test
  for (const daysAgo of [20, 13, 6, 1]) {
    const localDate = addDays(today, -daysAgo);
    await db.run.create({
      data: {
        userId,
        localDate,
        distanceM: 8000,
        pain: { create: [{ userId, localDate, location: "knee", side: "left", score: 4 }] },
      },
    });
  }
}

const refresh = (user: { id: string; timezone: string; weekStartsOn: string }) =>
  db.$transaction((tx) => refreshAlerts(tx, user));
const send = () => sendDueEmails(db, createMailTransport(config), config, silent);

describe("the high-alert email", () => {
  it("is queued with the alert, sent once, and not again when the alert is recomputed unchanged", async () => {
    const user = await createTestUser(db, { emailHighAlerts: true });
    await logPersistentKneePain(user.id);

    const raised = await refresh(user);
    expect(raised.map((alert) => alert.rule)).toContain("PAIN_PERSIST");
    const alertRow = await db.alert.findFirstOrThrow({ where: { userId: user.id, rule: "PAIN_PERSIST" } });
    expect(alertRow.emailedAt).not.toBeNull();
    expect(await db.outboxMessage.count()).toBe(1);

    expect(await send()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    await refresh(user);
    await refresh(user);
    expect(await send()).toEqual({ sent: 0, retrying: 0, failed: 0 });

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toEqual([user.email]);
    expect(mail.subject).toBe("Stridewise: the pain in your left knee has lasted over two weeks");
    expect(mail.body).toContain("on 4 of your last 4 runs, spread over 19 days");
    expect(mail.body).toContain("Get it checked if it hurts when you are resting or wakes you at night.");
    expect(mail.body).toContain("https://run.example.org/alerts");
    expect(mail.header("message-id")).toBe(`<high-alert.${alertRow.id}.${localDateOf(new Date(), "UTC")}@run.example.org>`);
    expect(mail.header("list-unsubscribe")).toMatch(/^<https:\/\/run\.example\.org\/unsubscribe\?token=.+\.unsubscribe-high-alerts\..+>$/);
    expect(mail.header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
  });

  it("is not sent again when the alert comes back within four weeks, and is for a new episode later", async () => {
    const user = await createTestUser(db, { emailHighAlerts: true });
    await logPersistentKneePain(user.id);
    await refresh(user);
    const alertRow = await db.alert.findFirstOrThrow({ where: { userId: user.id, rule: "PAIN_PERSIST" } });

    // Closed (say the painful runs were edited) and raised again the same day: still one email.
    await db.alert.update({ where: { id: alertRow.id }, data: { status: "closed" } });
    expect((await refresh(user)).map((alert) => alert.rule)).toContain("PAIN_PERSIST");
    expect(await db.outboxMessage.count()).toBe(1);

    // Five weeks on, the old pain has left the window and the alert closes; then the knee starts again.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 35 * 24 * 3600 * 1000 });
    try {
      await refresh(user);
      expect((await db.alert.findUniqueOrThrow({ where: { id: alertRow.id } })).status).toBe("closed");
      await logPersistentKneePain(user.id);
      await refresh(user);
    } finally {
      vi.useRealTimers();
    }
    expect(await db.outboxMessage.count()).toBe(2);
  });

  it("is not queued for a runner who has not opted in, or for a warning", async () => {
    const quiet = await createTestUser(db, { emailHighAlerts: false });
    await logPersistentKneePain(quiet.id);
    await refresh(quiet);

    const optedIn = await createTestUser(db, { emailHighAlerts: true });
    const today = localDateOf(new Date(), "UTC");
    // Pain of 6/10 today: PAIN_SINGLE at warning, not high.
    await db.run.create({
      data: {
        userId: optedIn.id,
        localDate: today,
        distanceM: 5000,
        pain: { create: [{ userId: optedIn.id, localDate: today, location: "calf", side: "right", score: 6 }] },
      },
    });
    expect((await refresh(optedIn)).map((alert) => [alert.rule, alert.severity])).toEqual([["PAIN_SINGLE", "warning"]]);
    expect(await db.outboxMessage.count()).toBe(0);
  });

  it("is not queued when email is not configured", async () => {
    vi.stubEnv("SMTP_HOST", "");
    try {
      const user = await createTestUser(db, { emailHighAlerts: true });
      await logPersistentKneePain(user.id);
      await refresh(user);
      expect(await db.outboxMessage.count()).toBe(0);
      expect((await db.alert.findFirstOrThrow({ where: { userId: user.id, rule: "PAIN_PERSIST" } })).emailedAt).toBeNull();
    } finally {
      vi.stubEnv("SMTP_HOST", "127.0.0.1");
    }
  });
});
