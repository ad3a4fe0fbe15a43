// Deleting an account leaves no row of it anywhere. The tables are read from the database itself
// (sqlite_master), not from a list, so a table another change adds is checked too: every text column
// of every row is searched for the runner's id and email.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, createTestUser, type TestDatabase } from "../test-db";
import { rowsHolding } from "../test-rows";
import { createInvite } from "./admission";
import { deleteUserAndData } from "./account-deletion";
import type { PrismaClient } from "../../generated/prisma/client";

let test: TestDatabase;
beforeEach(async () => {
  test = await createTestDatabase();
});
afterEach(() => test.cleanup());

/** A runner with a row in every table this schema has. */
async function fullRunner(db: PrismaClient) {
  const user = await createTestUser(db);
  const shoe = await db.shoe.create({ data: { userId: user.id, name: "Racer" } });
  const run = await db.run.create({ data: { userId: user.id, localDate: "2026-01-05", distanceM: 8000, shoeId: shoe.id, notes: "knee twinge" } });
  await db.runTrack.create({ data: { runId: run.id, samples: new Uint8Array([1, 2, 3]), points: 3, originalName: "morning.fit" } });
  await db.painEntry.create({ data: { userId: user.id, runId: run.id, localDate: "2026-01-05", location: "knee", side: "left", score: 4 } });
  await db.painEntry.create({ data: { userId: user.id, localDate: "2026-01-06", location: "shin", side: "right", score: 2 } });
  await db.alert.create({ data: { userId: user.id, rule: "PAIN_SINGLE", key: "knee:left", severity: "warning", asOf: "2026-01-05", data: "{}", advice: "[]" } });
  await db.apiToken.create({ data: { userId: user.id, name: "phone", tokenHash: `hash-${user.id}`, prefix: "sw_abc" } });
  await db.outboxMessage.create({
    data: { userId: user.id, kind: "account", dedupeKey: `k-${user.id}`, toAddress: user.email, subject: "s", text: "t", html: "h" },
  });
  await db.usedLink.create({ data: { nonce: `n-${user.id}`, userId: user.id } });
  await createInvite(db, user.id);
  return user;
}

describe("deleting an account", () => {
  it("removes every row of the runner from every table, and nobody else's", async () => {
    const { db } = test;
    const victim = await fullRunner(db);
    const other = await fullRunner(db);
    const file = (await db.$queryRawUnsafe<{ file: string }[]>("SELECT file FROM pragma_database_list WHERE name = 'main'"))[0]!.file;

    // A run's track is keyed by the run (it cascades from it), so the runner's run ids are searched too.
    const victimIds = [victim.id, victim.email, ...(await db.run.findMany({ where: { userId: victim.id }, select: { id: true } })).map((run) => run.id)];
    const before = rowsHolding(file, victimIds);
    // The check can see the runner's rows: every table of this schema holds one before.
    for (const table of ["User", "Shoe", "Run", "RunTrack", "PainEntry", "Alert", "ApiToken", "OutboxMessage", "UsedLink", "Invite"]) {
      expect(before[table], table).toBeGreaterThan(0);
    }

    const othersBefore = rowsHolding(file, [other.id, other.email]);

    expect(await deleteUserAndData(db, victim.id)).toBe(true);

    const after = rowsHolding(file, victimIds);
    expect(Object.entries(after).filter(([, n]) => n > 0)).toEqual([]);
    expect(rowsHolding(file, [other.id, other.email])).toEqual(othersBefore);
    expect(await deleteUserAndData(db, victim.id)).toBe(false);
  });
});
