// The morning check email end to end through the worker: due at 07:30 on the runner's own clock on a
// morning with a question open, until noon; queued once per runner per local day; sent through a real
// SMTP server; dropped when the runner unsubscribed; listed by the digest command's dry run.
import { describe, expect, it } from "vitest";
import { runDigest } from "./digest";
import { createTestUser } from "../test-db";
import { testEmailEnv } from "./test-smtp";
import { silentLogger, clockedWorker, emailTestBed } from "./test-bed";

const bed = emailTestBed();
const worker = clockedWorker(bed);
const passAt = async (iso: string) => (await worker.passAt(iso)).map((mail) => `${mail.to.join(",")}: ${mail.subject}`);

async function runWithPain(userId: string, localDate: string, pain: { location: string; side: string; score: number }[]) {
  await bed.db.run.create({
    data: { userId, localDate, distanceM: 8000, pain: { create: pain.map((entry) => ({ userId, localDate, ...entry })) } },
  });
}

const KNEE = "Stridewise: how does your left knee feel this morning?";

describe("the morning check email", () => {
  it("arrives at 07:30 Copenhagen time the morning after a run with pain, once a morning, until noon", async () => {
    const user = await createTestUser(bed.db, { timezone: "Europe/Copenhagen", emailMorningCheck: true });
    await runWithPain(user.id, "2026-11-30", [{ location: "knee", side: "left", score: 2 }]);

    // 1 Dec, CET (UTC+1): 07:30 is 06:30 UTC.
    expect(await passAt("2026-12-01T06:29:00Z")).toEqual([]);
    expect(await passAt("2026-12-01T06:30:00Z")).toEqual([`${user.email}: ${KNEE}`]);
    expect(await passAt("2026-12-01T06:40:00Z")).toHaveLength(1);
    expect(await passAt("2026-12-01T10:59:00Z")).toHaveLength(1);
    const mail = bed.smtp.received[0]!;
    expect(mail.body).toContain("Yesterday's run hurt there.");
    expect(mail.body).toMatch(/https:\/\/run\.example\.org\/morning-link\?token=c[a-z0-9]+\.2026-11-30\.knee_left\.\d+\./);
    expect(mail.header("list-unsubscribe")).toContain(".unsubscribe-morning-check.");
    expect(mail.header("message-id")).toBe(`<morning-check.${user.id}.2026-12-01@run.example.org>`);

    // Unanswered, the question is asked again on the second morning, and then no more.
    expect(await passAt("2026-12-02T06:30:00Z")).toHaveLength(2);
    expect(bed.smtp.received[1]!.body).toContain("Monday's run hurt there.");
    expect(await passAt("2026-12-03T06:30:00Z")).toHaveLength(2);
    expect(await bed.db.outboxMessage.findMany({ select: { dedupeKey: true }, orderBy: { createdAt: "asc" } })).toEqual([
      { dedupeKey: `morning-check:${user.id}:2026-12-01` },
      { dedupeKey: `morning-check:${user.id}:2026-12-02` },
    ]);
  });

  it("is not sent from noon on, nor without a question open, nor to a runner who did not opt in", async () => {
    const late = await createTestUser(bed.db, { timezone: "Europe/Copenhagen", emailMorningCheck: true });
    await runWithPain(late.id, "2026-11-30", [{ location: "knee", side: "left", score: 3 }]);
    const painless = await createTestUser(bed.db, { timezone: "Europe/Copenhagen", emailMorningCheck: true });
    await runWithPain(painless.id, "2026-11-30", []);
    const answered = await createTestUser(bed.db, { timezone: "Europe/Copenhagen", emailMorningCheck: true });
    await runWithPain(answered.id, "2026-11-30", [{ location: "shin", side: "right", score: 3 }]);
    await bed.db.morningCheck.create({ data: { userId: answered.id, runDate: "2026-11-30", location: "shin", side: "right", answer: "skipped" } });
    const notOptedIn = await createTestUser(bed.db, { timezone: "Europe/Copenhagen", emailHighAlerts: true });
    await runWithPain(notOptedIn.id, "2026-11-30", [{ location: "knee", side: "left", score: 3 }]);

    // Noon in Copenhagen is 11:00 UTC: the server was down all morning, and the morning is over.
    expect(await passAt("2026-12-01T11:00:00Z")).toEqual([]);
    expect(await passAt("2026-12-01T20:00:00Z")).toEqual([]);
    expect(await bed.db.outboxMessage.count()).toBe(0);
  });

  it("follows each runner's own morning across the date line, one email with a question per place", async () => {
    const east = await createTestUser(bed.db, { timezone: "Pacific/Kiritimati", emailMorningCheck: true });
    const west = await createTestUser(bed.db, { timezone: "Pacific/Honolulu", emailMorningCheck: true });
    // Both ran on their own 30 November; Kiritimati's 1 December morning comes a whole day before Honolulu's.
    await runWithPain(east.id, "2026-11-30", [
      { location: "knee", side: "left", score: 3 },
      { location: "achilles", side: "right", score: 2 },
    ]);
    await runWithPain(west.id, "2026-11-30", [{ location: "knee", side: "left", score: 3 }]);

    // 17:30 UTC on 30 Nov: 07:30 on 1 Dec in Kiritimati (UTC+14), 07:30 on 30 Nov in Honolulu (UTC-10).
    expect(await passAt("2026-11-30T17:30:00Z")).toEqual([`${east.email}: Stridewise: your morning check (2 questions)`]);
    expect(bed.smtp.received[0]!.body).toContain("How does your left knee feel this morning?");
    expect(bed.smtp.received[0]!.body).toContain("How does your right Achilles feel this morning?");
    // A day later it is 1 Dec in Honolulu.
    expect(await passAt("2026-12-01T17:30:00Z")).toEqual([
      `${east.email}: Stridewise: your morning check (2 questions)`,
      `${east.email}: Stridewise: your morning check (2 questions)`,
      `${west.email}: ${KNEE}`,
    ]);
  });

  it("drops a queued email once the runner switched it off", async () => {
    const user = await createTestUser(bed.db, { timezone: "Europe/Copenhagen", emailMorningCheck: true, emailWeeklyReview: true });
    await runWithPain(user.id, "2026-11-30", [{ location: "knee", side: "left", score: 3 }]);
    // Queued by the digest command (which also sends); the runner switched it off before the worker sent it.
    await bed.db.user.update({ where: { id: user.id }, data: { emailMorningCheck: false } });
    await bed.db.outboxMessage.create({
      data: { userId: user.id, kind: "morning-check", dedupeKey: "morning-check:x:2026-12-01", toAddress: user.email, subject: "s", text: "t", html: "h", status: "pending", nextAttemptAt: new Date("2026-12-01T06:30:00Z") },
    });
    expect(await passAt("2026-12-01T06:31:00Z")).toEqual([]);
    expect(await bed.db.outboxMessage.findFirstOrThrow({ where: { kind: "morning-check" } })).toMatchObject({
      status: "failed",
      lastError: "cancelled: unsubscribed",
    });
  });

  it("is listed by the digest command's dry run, and queued and sent by its real run", async () => {
    const user = await createTestUser(bed.db, { timezone: "Europe/Copenhagen", emailMorningCheck: true });
    await runWithPain(user.id, "2026-11-30", [{ location: "knee", side: "left", score: 3 }]);
    const digest = async (argv: string[], env: Record<string, string>, now: Date) => {
      let stdout = "";
      const code = await runDigest(argv, bed.db, { stdout: (text) => (stdout += text), stderr: () => {}, env, logger: silentLogger, now: () => now });
      return { code, stdout };
    };
    const dry = await digest(["--dry-run", "--now", "2026-12-01T06:30:00Z"], {}, new Date());
    expect(dry.stdout).toContain("Morning checks due at 2026-12-01T06:30:00.000Z and not yet queued: 1");
    expect(dry.stdout).toContain(`To: ${user.email}\nSubject: ${KNEE}\nOutbox key: morning-check:${user.id}:2026-12-01`);
    expect(await bed.db.outboxMessage.count()).toBe(0);

    const real = await digest([], testEmailEnv(bed.smtp.port), new Date("2026-12-01T06:30:00Z"));
    expect(real).toEqual({ code: 0, stdout: "Queued 0 weekly review(s) and 1 morning check(s); sent 1, retrying 0, failed 0.\n" });
    expect(bed.smtp.received.map((mail) => mail.subject)).toEqual([KNEE]);
  });
});
