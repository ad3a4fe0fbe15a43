// The weekly review email end to end: due at 07:00 local on the first day of the runner's week (across
// daylight-saving changes and for a Sunday week start), sent through a real SMTP server, queued once,
// and skipped for an empty week with nothing open.
import { describe, expect, it } from "vitest";
import { addDays } from "../../analysis/dates";
import { createTestUser } from "../test-db";
import { clockedWorker, emailTestBed } from "./test-bed";

const bed = emailTestBed();
const worker = clockedWorker(bed);
const passAt = async (iso: string) => (await worker.passAt(iso)).map((mail) => mail.subject);

async function logRuns(userId: string, weekStart: string, kms: number[]) {
  for (const [i, km] of kms.entries()) {
    await bed.db.run.create({ data: { userId, localDate: addDays(weekStart, i * 2), distanceM: km * 1000 } });
  }
}

describe("the weekly review email", () => {
  it("arrives at 07:00 Copenhagen time on the Monday after each daylight-saving change, once", async () => {
    const user = await createTestUser(bed.db, { timezone: "Europe/Copenhagen", emailWeeklyReview: true });
    await logRuns(user.id, "2025-03-17", [8, 8, 8]);
    await logRuns(user.id, "2025-03-24", [10, 8, 12]);
    await logRuns(user.id, "2025-10-20", [6, 6]);

    // Summer time started on Sunday 30 March: 07:00 CEST is 05:00 UTC.
    expect(await passAt("2025-03-31T04:59:00Z")).toEqual([]);
    expect(await passAt("2025-03-31T05:00:00Z")).toEqual(["Stridewise: your week of 24–30 Mar 2025"]);
    expect(await passAt("2025-03-31T05:30:00Z")).toHaveLength(1);
    const march = bed.smtp.received[0]!;
    expect(march.to).toEqual([user.email]);
    expect(march.body).toContain("Distance: 30 km");
    expect(march.body).toContain("+6 km (+25%) on the week before");
    expect(march.body).toContain("https://run.example.org/review/2025-W13");
    expect(march.header("list-unsubscribe")).toContain(".unsubscribe-weekly.");

    // Winter time started on Sunday 26 October: 07:00 CET is 06:00 UTC.
    expect(await passAt("2025-10-27T05:59:00Z")).toHaveLength(1);
    expect(await passAt("2025-10-27T06:00:00Z")).toEqual([
      "Stridewise: your week of 24–30 Mar 2025",
      "Stridewise: your week of 20–26 Oct 2025",
    ]);
    expect(bed.smtp.received[1]!.body).toContain("https://run.example.org/review/2025-W43");
    expect(await bed.db.outboxMessage.count({ where: { kind: "weekly-review", status: "sent" } })).toBe(2);
  });

  it("arrives on Sunday at 07:00 for a Sunday-start runner, covering Sunday to Saturday", async () => {
    const sunday = await createTestUser(bed.db, { timezone: "America/New_York", weekStartsOn: "sunday", emailWeeklyReview: true });
    const monday = await createTestUser(bed.db, { timezone: "America/New_York", weekStartsOn: "monday", emailWeeklyReview: true });
    await logRuns(sunday.id, "2025-03-02", [5, 7, 9]);
    await logRuns(monday.id, "2025-03-03", [5, 7, 9]);

    // New York springs forward at 02:00 on Sunday 9 March: 07:00 EDT is 11:00 UTC.
    expect(await passAt("2025-03-09T10:59:00Z")).toEqual([]);
    expect(await passAt("2025-03-09T11:00:00Z")).toEqual(["Stridewise: your week of 2–8 Mar 2025"]);
    expect(bed.smtp.received[0]!.to).toEqual([sunday.email]);
    expect(bed.smtp.received[0]!.body).toContain("Distance: 21 km");
    expect(bed.smtp.received[0]!.body).toContain("https://run.example.org/review/2025-W10");

    // The Monday-start runner gets theirs on Monday, 07:00 EDT = 11:00 UTC.
    expect(await passAt("2025-03-10T10:59:00Z")).toHaveLength(1);
    expect(await passAt("2025-03-10T11:00:00Z")).toEqual([
      "Stridewise: your week of 2–8 Mar 2025",
      "Stridewise: your week of 3–9 Mar 2025",
    ]);
    expect(bed.smtp.received[1]!.to).toEqual([monday.email]);
  });

  it("is skipped for a week with no runs and nothing open, and sent when an alert is open", async () => {
    const idle = await createTestUser(bed.db, { emailWeeklyReview: true });
    await logRuns(idle.id, "2025-01-06", [5, 5]);
    const injured = await createTestUser(bed.db, { emailWeeklyReview: true });
    await logRuns(injured.id, "2025-01-06", [5, 5]);
    // No runs last week, but swelling in the knee on Saturday: a warning sign stays open.
    await bed.db.painEntry.create({
      data: { userId: injured.id, localDate: "2025-02-22", location: "knee", side: "left", score: 5, swelling: true },
    });
    const notOptedIn = await createTestUser(bed.db, { emailWeeklyReview: false });
    await logRuns(notOptedIn.id, "2025-02-17", [5, 5]);

    expect(await passAt("2025-02-24T07:00:00Z")).toEqual(["Stridewise: your week of 17–23 Feb 2025"]);
    expect(bed.smtp.received[0]!.to).toEqual([injured.email]);
    expect(bed.smtp.received[0]!.body).toContain("Warning sign: left knee");
    expect(await bed.db.outboxMessage.count()).toBe(1);
  });
});
