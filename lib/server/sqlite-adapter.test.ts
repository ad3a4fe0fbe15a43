// A write whose COMMIT fails (a full disk; here a deferred foreign key, which fails at COMMIT the same
// way) must roll back and let the next writer in: it used to leave the adapter's lock taken for good.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, createTestUser, type TestDatabase } from "./test-db";
import { writerAnswers } from "./writer-check";

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => {
  await test.cleanup();
});

const WAIT = { maxWait: 2000, timeout: 5000 };

describe("StridewiseSqlite: a failed write releases the writer", () => {
  it("rolls back a transaction whose COMMIT fails, and the next one runs", async () => {
    const { db } = test;
    const user = await createTestUser(db);
    const failing = db.$transaction(async (tx) => {
      await tx.$executeRaw`PRAGMA defer_foreign_keys = ON`;
      await tx.$executeRaw`INSERT INTO Shoe (id, userId, name) VALUES ('kept', ${user.id}, 'kept')`;
      await tx.$executeRaw`INSERT INTO Shoe (id, userId, name) VALUES ('orphan', 'no-such-runner', 'orphan')`;
    }, WAIT);
    await expect(failing).rejects.toThrow();
    // Nothing of the failed transaction is left, and the next write gets the lock.
    await db.$transaction(async (tx) => tx.$executeRaw`INSERT INTO Shoe (id, userId, name) VALUES ('next', ${user.id}, 'next')`, WAIT);
    const names = await db.shoe.findMany({ where: { userId: user.id }, select: { name: true } });
    expect(names).toEqual([{ name: "next" }]);
  });
});

describe("writerAnswers: the health check notices a stuck writer", () => {
  it("says no while another transaction holds the writer, and yes once it is let go", async () => {
    const { db } = test;
    let letGo!: () => void;
    const held = new Promise<void>((resolve) => (letGo = resolve));
    const holder = db.$transaction(async () => held, { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await writerAnswers(db, 300)).toBe(false);
    letGo();
    await holder;
    expect(await writerAnswers(db, 2000)).toBe(true);
  });
});
