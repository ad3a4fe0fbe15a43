// Issue 18: a burst of saves for one runner, as a sync client or 20 open tabs send them. Each change
// locks the runner's row for as long as it takes; the ones behind it must wait, not fail.
import { describe, expect, it, vi } from "vitest";
import { appTestDatabase } from "../app-test-db";
import { createTestUser } from "../test-db";

vi.mock("server-only", () => ({}));

const app = appTestDatabase();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("changeLog", () => {
  it("stores 20 changes sent at once for one runner, each taking 300 ms: none fails, each bumps the log version", async () => {
    const { changeLog } = await import("./log-change");
    const user = await createTestUser(app.db, { timezone: "UTC" });
    const owner = { id: user.id, timezone: "UTC", weekStartsOn: "monday" };
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
