import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Prisma } from "../generated/prisma/client";
import { cacheStatements } from "./statement-cache";
import { createTestDatabase, createTestUser, type TestDatabase } from "./test-db";

describe("the statement cache on a bare connection", () => {
  function connection(limit: number) {
    const sqlite = new Database(":memory:");
    sqlite.exec("CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1), (2), (3)");
    const prepare = vi.spyOn(sqlite, "prepare");
    cacheStatements(sqlite, limit);
    const select = (sql: string, args: unknown[]) =>
      (sqlite.prepare(sql) as unknown as { bind(a: unknown[]): { raw(): { all(): unknown[] } } }).bind(args).raw().all();
    return { prepare, select };
  }

  it("parses each SQL once and runs it with whatever parameters each query brings", () => {
    const { prepare, select } = connection(10);
    expect(select("SELECT n FROM t WHERE n >= ? ORDER BY n", [2])).toEqual([[2], [3]]);
    expect(select("SELECT n FROM t WHERE n >= ? ORDER BY n", [3])).toEqual([[3]]);
    expect(select("SELECT n FROM t WHERE n >= ? ORDER BY n", [1])).toEqual([[1], [2], [3]]);
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it("keeps only the most recently used statements", () => {
    const { prepare, select } = connection(2);
    select("SELECT n FROM t WHERE n = ?", [1]);
    select("SELECT n + 1 FROM t WHERE n = ?", [1]);
    select("SELECT n FROM t WHERE n = ?", [2]); // used again: now the newest
    select("SELECT n + 2 FROM t WHERE n = ?", [1]); // evicts "n + 1"
    select("SELECT n FROM t WHERE n = ?", [3]);
    expect(prepare).toHaveBeenCalledTimes(3);
    select("SELECT n + 1 FROM t WHERE n = ?", [1]);
    expect(prepare).toHaveBeenCalledTimes(4);
  });
});

describe("the statement cache under Prisma", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.cleanup());

  it("reads back exactly what each of many writes stored", async () => {
    const user = await createTestUser(test.db);
    for (let i = 1; i <= 30; i++) {
      await test.db.run.create({ data: { userId: user.id, localDate: `2026-01-${String(i).padStart(2, "0")}`, distanceM: i * 100 } });
    }
    const runs = await test.db.run.findMany({ where: { userId: user.id }, orderBy: { localDate: "asc" } });
    expect(runs.map((run) => run.distanceM)).toEqual(Array.from({ length: 30 }, (_, i) => (i + 1) * 100));
    const one = await test.db.run.findFirst({ where: { userId: user.id, localDate: "2026-01-17" } });
    expect(one?.distanceM).toBe(1700);
  });

  it("still reports constraint errors, and a failed transaction leaves nothing behind", async () => {
    const user = await createTestUser(test.db);
    const duplicate = test.db.user.create({ data: { email: user.email } });
    await expect(duplicate).rejects.toMatchObject({ code: "P2002" });
    await expect(duplicate).rejects.toBeInstanceOf(Prisma.PrismaClientKnownRequestError);

    await expect(
      test.db.$transaction(async (tx) => {
        await tx.shoe.create({ data: { userId: user.id, name: "Kept?" } });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await test.db.shoe.count({ where: { userId: user.id } })).toBe(0);
  });
});
