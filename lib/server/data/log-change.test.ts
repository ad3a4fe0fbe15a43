// changeLog (issue 18): the write, one bump of the log version and the alert refresh in one
// transaction under the runner's row lock, taken once. Several alerts raised or closed by one change
// are written together; saves for one runner at once still leave one alert per rule and key.
import { describe, expect, it, vi } from "vitest";
import { addDays, localDateOf } from "../../analysis/dates";
import { appTestDatabase } from "../app-test-db";
import { createTestUser } from "../test-db";

vi.mock("server-only", () => ({}));

const app = appTestDatabase();
const today = localDateOf(new Date(), "UTC");
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Knee pain on four runs over 19 days up to yesterday, and yesterday's run three times the others. */
function painfulRuns(userId: string) {
  return [20, 13, 6, 1].map((daysAgo) => {
    const localDate = addDays(today, -daysAgo);
    return {
      userId,
      localDate,
      distanceM: daysAgo === 1 ? 24_000 : 8000,
      pain: { create: [{ userId, localDate, location: "knee", side: "left", score: 4 }] },
    };
  });
}

async function runner() {
  const user = await createTestUser(app.db, { timezone: "UTC" });
  return { id: user.id, timezone: "UTC", weekStartsOn: "monday" };
}

describe("changeLog", () => {
  it("raises several alerts in one change, closes them all when the runs go, and reopens the same rows", async () => {
    const { changeLog } = await import("./log-change");
    const user = await runner();

    const logged = await changeLog(user, async (tx) => {
      for (const data of painfulRuns(user.id)) await tx.run.create({ data });
    });
    expect(logged.newAlerts.length).toBeGreaterThanOrEqual(2);
    const raised = await app.db.alert.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
    expect(raised.map((alert) => `${alert.rule} ${alert.key} ${alert.status}`).sort()).toEqual(
      logged.newAlerts.map((alert) => `${alert.rule} ${alert.key} open`).sort(),
    );
    expect((await app.db.user.findUniqueOrThrow({ where: { id: user.id } })).logVersion).toBe(1);

    const cleared = await changeLog(user, (tx) => tx.run.deleteMany({ where: { userId: user.id } }));
    expect(cleared.newAlerts).toEqual([]);
    const closed = await app.db.alert.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
    expect(closed.map((alert) => [alert.id, alert.status])).toEqual(raised.map((alert) => [alert.id, "closed"]));
    expect(closed.every((alert) => alert.closedAt !== null)).toBe(true);

    const again = await changeLog(user, async (tx) => {
      for (const data of painfulRuns(user.id)) await tx.run.create({ data });
    });
    // A spike is keyed by its run, and these are new runs: it is a new alert. The rest come back as
    // the same rows, open again.
    const back = new Set(again.newAlerts.map((alert) => `${alert.rule} ${alert.key}`));
    const same = raised.filter((alert) => back.has(`${alert.rule} ${alert.key}`));
    expect(same.map((alert) => alert.rule)).toContain("PAIN_PERSIST");
    const rows = await app.db.alert.findMany({ where: { id: { in: same.map((alert) => alert.id) } }, orderBy: { id: "asc" } });
    expect(rows.map((alert) => [alert.id, alert.status, alert.closedAt])).toEqual(same.map((alert) => [alert.id, "open", null]));
    expect((await app.db.user.findUniqueOrThrow({ where: { id: user.id } })).logVersion).toBe(3);
  });

  it("runs saves for one runner at once one after the other: one alert per rule and key, one bump each", async () => {
    const { changeLog } = await import("./log-change");
    const user = await runner();
    const saves = painfulRuns(user.id).map((data) => changeLog(user, (tx) => tx.run.create({ data })));
    const results = await Promise.allSettled(saves);
    expect(results.map((result) => (result.status === "fulfilled" ? "ok" : String(result.reason).slice(0, 200)))).toEqual(["ok", "ok", "ok", "ok"]);
    const alerts = await app.db.alert.findMany({ where: { userId: user.id } });
    expect(new Set(alerts.map((alert) => `${alert.rule} ${alert.key}`)).size).toBe(alerts.length);
    expect(alerts.map((alert) => alert.rule)).toContain("PAIN_PERSIST");
    expect((await app.db.user.findUniqueOrThrow({ where: { id: user.id } })).logVersion).toBe(4);
  });

  it("stores 20 changes sent at once for one runner, each taking 300 ms: none fails, each bumps the log version", async () => {
    const { changeLog } = await import("./log-change");
    const owner = await runner();
    const user = await app.db.user.findUniqueOrThrow({ where: { id: owner.id } });
    // 20 x 300 ms is 6 s of work behind one row lock: past Prisma's default 5 s for a transaction.
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        changeLog(owner, async (tx) => {
          await pause(300);
          return tx.run.create({ data: { userId: user.id, localDate: "2026-11-30", distanceM: 1000 * (i + 1), durationS: 600 } });
        }),
      ),
    );
    const failures = results.flatMap((result) => (result.status === "rejected" ? [String(result.reason).slice(0, 160)] : []));
    expect(failures).toEqual([]);
    expect(await app.db.run.count({ where: { userId: user.id } })).toBe(20);
    expect((await app.db.user.findUniqueOrThrow({ where: { id: user.id } })).logVersion).toBe(user.logVersion + 20);
  }, 30_000);
});
