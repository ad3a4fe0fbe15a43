// `npm run digest`: the dry run prints and writes nothing; the real run queues and sends once.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../generated/prisma/client";
import { runDigest } from "./digest";
import { enqueueEmail } from "./outbox";
import { createTestDatabase, createTestUser, type TestDatabase } from "../test-db";
import { startTestSmtpServer, testEmailEnv, type TestSmtpServer } from "./test-smtp";

const silent = { info: () => {}, warn: () => {}, error: () => {} };
let smtp: TestSmtpServer;
let test: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(() => smtp.close());
beforeEach(async () => {
  test = await createTestDatabase();
  db = test.db;
  smtp.received.length = 0;
});
afterEach(() => test.cleanup());

async function run(argv: string[], env: Record<string, string | undefined>, now = new Date()) {
  let stdout = "";
  let stderr = "";
  const code = await runDigest(argv, db, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
    logger: silent,
    now: () => now,
  });
  return { code, stdout, stderr };
}

async function seed() {
  const user = await createTestUser(db, { emailWeeklyReview: true });
  for (const [day, km] of [["2025-02-17", 6], ["2025-02-19", 8], ["2025-02-22", 10]] as const) {
    await db.run.create({ data: { userId: user.id, localDate: day, distanceM: km * 1000 } });
  }
  const other = await createTestUser(db, { emailHighAlerts: true });
  await enqueueEmail(db, { userId: other.id, kind: "high-alert", dedupeKey: "high-alert:a1:2025-02-23", toAddress: other.email, subject: "Stridewise: alert", text: "t", html: "h" }, new Date("2025-02-23T12:00:00Z"));
  return user;
}

describe("npm run digest", () => {
  it("--dry-run prints who would get which weekly email, and the pending outbox, without writing", async () => {
    const user = await seed();
    const { code, stdout } = await run(["--dry-run", "--now", "2025-02-24T07:30:00Z"], {});
    expect(code).toBe(0);
    expect(stdout).toContain("Email is not configured");
    expect(stdout).toContain("not yet queued: 1");
    expect(stdout).toContain(`To: ${user.email}\nSubject: Stridewise: your week of 17–23 Feb 2025`);
    expect(stdout).toContain("Distance: 24 km");
    expect(stdout).toContain("Pending in the outbox: 1");
    expect(stdout).toContain('high-alert to runner');
    expect(await db.outboxMessage.count()).toBe(1);

    expect((await run(["--dry-run", "--now", "2025-02-24T06:59:00Z"], {})).stdout).toContain("not yet queued: 0");
  });

  it("queues the due weekly reviews and sends all pending mail once, then sends nothing more", async () => {
    await seed();
    const env = testEmailEnv(smtp.port);
    expect(await run([], env, new Date("2025-02-24T07:30:00Z"))).toMatchObject({
      code: 0,
      stdout: "Queued 1 weekly review(s) and 0 morning check(s); sent 2, retrying 0, failed 0.\n",
    });
    expect((await run([], env, new Date("2025-02-24T08:30:00Z"))).stdout).toBe("Queued 0 weekly review(s) and 0 morning check(s); sent 0, retrying 0, failed 0.\n");
    expect(smtp.received.map((mail) => mail.subject).sort()).toEqual(["Stridewise: alert", "Stridewise: your week of 17–23 Feb 2025"]);
  });

  it("refuses to send without SMTP, and rejects unknown arguments", async () => {
    expect(await run([], {})).toMatchObject({ code: 1, stderr: expect.stringContaining("not configured") });
    expect(await run(["--now", "yesterday"], {})).toMatchObject({ code: 2 });
    expect(await run(["--send-all"], {})).toMatchObject({ code: 2 });
    expect(await run(["--now", "2025-02-24T07:30:00Z"], {})).toMatchObject({ code: 2, stderr: expect.stringContaining("--dry-run") });
  });
});
