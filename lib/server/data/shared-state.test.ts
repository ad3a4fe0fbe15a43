// What several app servers share through the database (issue 18). Each test opens two clients on one
// database, as two server processes would: on SQLite by default, on PostgreSQL with TEST_DATABASE_URL.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { addDays, localDateOf } from "../../analysis/dates";
import type { PrismaClient } from "../../generated/prisma/client";
import { createTestDatabase, createTestUser, testOnPostgres, type TestDatabase } from "../test-db";
import { createTableFailureLimiter, createTableRateLimiter } from "./shared-limits";
import { addPart } from "./upload-parts";

// alerts.ts is app code: it imports "server-only" and the app's db singleton, neither of which this
// test uses (refreshAlerts works on the transaction it is given).
vi.mock("server-only", () => ({}));
vi.mock("../db", () => ({ db: {} }));
const { refreshAlerts } = await import("./alerts");

let test: TestDatabase;
let a: PrismaClient;
let b: PrismaClient;
beforeEach(async () => {
  test = await createTestDatabase();
  a = test.db;
  b = test.openClient();
});
afterEach(() => test.cleanup());

describe("the API rate limit in a table", () => {
  it("refuses the 121st request of a minute whichever server counts it, and starts again the next minute", async () => {
    const minute = 29_000_000 * 60_000;
    let clock = minute + 5_000;
    const servers = [a, b].map((db) => createTableRateLimiter(db, 120, () => clock));
    const decisions = await Promise.all(Array.from({ length: 121 }, (_, i) => servers[i % 2]!.take("token:t1")));
    const refused = decisions.filter((decision) => !decision.allowed);
    expect(refused).toEqual([{ allowed: false, limit: 120, remaining: 0, retryAfterSec: 55 }]);
    expect(decisions.filter((decision) => decision.allowed).map((decision) => decision.remaining).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 120 }, (_, i) => i),
    );
    // Another key has its own count; the next minute starts from nothing and prunes old windows.
    expect((await servers[0]!.take("token:t2")).allowed).toBe(true);
    clock += 60_000;
    clock += 60_000;
    expect(await servers[1]!.take("token:t1")).toEqual({ allowed: true, limit: 120, remaining: 119 });
    expect(await a.rateLimitWindow.count()).toBe(1);
  });
});

describe("the sign-in lock in a table", () => {
  it("locks after ten failures spread over two servers, for the rest of the 15 minutes", async () => {
    let clock = Date.UTC(2026, 11, 1, 12);
    const options = { maxFailures: 10, windowMs: 15 * 60_000, now: () => clock };
    const [first, second] = [createTableFailureLimiter(a, options), createTableFailureLimiter(b, options)];
    for (let i = 0; i < 9; i++) {
      await (i % 2 ? second : first).recordFailure("account:runner@example.org");
      clock += 1000;
    }
    expect(await first.retryAfter("account:runner@example.org")).toBe(0);
    await second.recordFailure("account:runner@example.org");
    expect(await first.retryAfter("account:runner@example.org")).toBe(15 * 60 - 9);
    expect(await second.retryAfter("account:someone-else@example.org")).toBe(0);
    clock += 15 * 60_000;
    expect(await second.retryAfter("account:runner@example.org")).toBe(0);
    await first.recordFailure("account:runner@example.org");
    expect(await a.signInFailure.count()).toBe(1);
    await second.clear("account:runner@example.org");
    expect(await a.signInFailure.count()).toBe(0);
  });
});

describe("import upload parts in the database", () => {
  it("completes an upload whose parts went to different servers, and refuses parts out of order", async () => {
    const user = await createTestUser(a);
    const meta = { name: "export.zip", parts: 3 };
    const chunk = (byte: number) => new Uint8Array(5).fill(byte);
    expect(await addPart(a, user.id, "upload-one", { ...meta, part: 0 }, chunk(1))).toEqual({ status: "partial" });
    expect(await addPart(b, user.id, "upload-one", { ...meta, part: 1 }, chunk(2))).toEqual({ status: "partial" });
    const done = await addPart(a, user.id, "upload-one", { ...meta, part: 2 }, chunk(3));
    expect(done).toEqual({ status: "complete", bytes: Uint8Array.from([1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3]) });
    expect(await a.uploadPart.count()).toBe(0);

    expect(await addPart(b, user.id, "upload-two", { ...meta, part: 0 }, chunk(1))).toEqual({ status: "partial" });
    expect(await addPart(a, user.id, "upload-two", { ...meta, part: 2 }, chunk(3))).toMatchObject({ status: "error" });
    expect(await a.uploadPart.count()).toBe(0);
  });
});

describe("writes for one runner", () => {
  it("two alert refreshes at once on two servers both succeed and store each alert once", async () => {
    const user = await createTestUser(a);
    const today = localDateOf(new Date(), "UTC");
    for (const daysAgo of [20, 13, 6, 1]) {
      const localDate = addDays(today, -daysAgo);
      await a.run.create({
        data: { userId: user.id, localDate, distanceM: 8000, pain: { create: [{ userId: user.id, localDate, location: "knee", side: "left", score: 4 }] } },
      });
    }
    // Two servers share PostgreSQL; SQLite means one server process (two on one file would meet
    // SQLite's own busy errors, which is why it is the one-machine set-up).
    const other = testOnPostgres ? b : a;
    const refresh = (db: PrismaClient) => db.$transaction((tx) => refreshAlerts(tx, user), { maxWait: 10_000, timeout: 20_000 });
    for (let round = 0; round < 3; round++) {
      await a.alert.deleteMany({ where: { userId: user.id } });
      const results = await Promise.allSettled([refresh(a), refresh(other), refresh(a), refresh(other)]);
      expect(results.map((result) => (result.status === "fulfilled" ? "ok" : String(result.reason).slice(0, 200)))).toEqual(["ok", "ok", "ok", "ok"]);
      expect(await a.alert.count({ where: { userId: user.id, rule: "PAIN_PERSIST" } })).toBe(1);
    }
  });
});
