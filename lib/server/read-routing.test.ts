import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../generated/prisma/client";
import { createLogReader } from "./read-routing";
import { createTestDatabase, type TestDatabase } from "./test-db";

// Two real databases of the provider under test: one plays the primary, the other a standby that has
// replayed the primary up to some point. Each holds the same runner with its own run, so a read shows
// which database answered it. (e2e/replica.spec.ts does the same against a real streaming standby.)
let primary: TestDatabase;
let replica: TestDatabase;
const userId = "runner-1";

async function runnerWith(db: PrismaClient, logVersion: number, km: number) {
  await db.user.upsert({
    where: { id: userId },
    create: { id: userId, email: "runner@example.org", logVersion },
    update: { logVersion },
  });
  await db.run.deleteMany({ where: { userId } });
  await db.run.create({ data: { userId, localDate: "2026-11-30", distanceM: km * 1000, durationS: 1800 } });
}

const whoAnswers = (client: PrismaClient) => client.run.findFirst({ where: { userId }, select: { distanceM: true } }).then((run) => run!.distanceM / 1000);
const PRIMARY_KM = 10;
const REPLICA_KM = 5;

/** A replica that cannot be reached: every query fails, as a stopped standby's would. */
const unreachable = {
  $queryRaw: () => Promise.reject(new Error("connect ECONNREFUSED")),
  run: { findFirst: () => Promise.reject(new Error("connect ECONNREFUSED")) },
} as unknown as PrismaClient;

beforeEach(async () => {
  [primary, replica] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  await runnerWith(primary.db, 7, PRIMARY_KM);
});

afterEach(async () => {
  await Promise.all([primary.cleanup(), replica.cleanup()]);
});

describe("reads of a runner's log with a replica", () => {
  it("go to the replica once it has replayed the runner's latest change", async () => {
    await runnerWith(replica.db, 7, REPLICA_KM);
    const reader = createLogReader(primary.db, [replica.db]);
    expect(await reader.read(userId, whoAnswers)).toBe(REPLICA_KM);
  });

  it("go to the primary while the replica is behind: a runner always reads what they just wrote", async () => {
    await runnerWith(replica.db, 6, REPLICA_KM);
    const reader = createLogReader(primary.db, [replica.db]);
    expect(await reader.read(userId, whoAnswers)).toBe(PRIMARY_KM);
    // The primary's version is read for every read, not remembered: after one more write there, the
    // replica that had caught up is behind again.
    await replica.db.user.update({ where: { id: userId }, data: { logVersion: 7 } });
    expect(await reader.read(userId, whoAnswers)).toBe(REPLICA_KM);
    await primary.db.user.update({ where: { id: userId }, data: { logVersion: { increment: 1 } } });
    expect(await reader.read(userId, whoAnswers)).toBe(PRIMARY_KM);
  });

  it("go to the primary for a runner the replica has not seen yet", async () => {
    const reader = createLogReader(primary.db, [replica.db]);
    expect(await reader.read(userId, whoAnswers)).toBe(PRIMARY_KM);
  });

  it("go to the primary when there is no replica", async () => {
    const reader = createLogReader(primary.db, []);
    expect(await reader.read(userId, whoAnswers)).toBe(PRIMARY_KM);
    expect(reader.status()).toEqual({ configured: 0, available: 0 });
    expect(reader.anyReplica()).toBe(primary.db);
  });
});

describe("a replica that fails", () => {
  it("is left out for a while, the primary answering meanwhile, then tried again", async () => {
    let now = 1_000_000;
    const errors: unknown[] = [];
    let broken = true;
    const refused = () => Promise.reject(new Error("connect ECONNREFUSED"));
    const flaky = {
      $queryRaw: (...query: Parameters<PrismaClient["$queryRaw"]>) => (broken ? refused() : replica.db.$queryRaw(...query)),
      run: { findFirst: (...query: Parameters<PrismaClient["run"]["findFirst"]>) => (broken ? refused() : replica.db.run.findFirst(...query)) },
    } as unknown as PrismaClient;
    await runnerWith(replica.db, 7, REPLICA_KM);
    const reader = createLogReader(primary.db, [flaky], { now: () => now, retryAfterMs: 30_000, onReplicaError: (e) => errors.push(e) });

    expect(await reader.read(userId, whoAnswers)).toBe(PRIMARY_KM);
    expect(errors).toHaveLength(1);
    expect(reader.status()).toEqual({ configured: 1, available: 0 });
    broken = false;
    now += 29_999;
    expect(await reader.read(userId, whoAnswers)).toBe(PRIMARY_KM);
    expect(errors).toHaveLength(1);
    now += 1;
    expect(await reader.read(userId, whoAnswers)).toBe(REPLICA_KM);
    expect(reader.status()).toEqual({ configured: 1, available: 1 });
  });

  it("during the read itself (a standby cancels a query that conflicts with replay): the primary answers it", async () => {
    await runnerWith(replica.db, 7, REPLICA_KM);
    const errors: unknown[] = [];
    const reader = createLogReader(primary.db, [replica.db], { onReplicaError: (e) => errors.push(e) });
    let calls = 0;
    const km = await reader.read(userId, async (client) => {
      calls += 1;
      if (client === replica.db) throw new Error("canceling statement due to conflict with recovery");
      return whoAnswers(client);
    });
    expect({ km, calls, errors: errors.length }).toEqual({ km: PRIMARY_KM, calls: 2, errors: 1 });
    expect(reader.status().available).toBe(0);
  });

  it("is passed over for the next replica, and never chosen for stale reads while it is out", async () => {
    await runnerWith(replica.db, 7, REPLICA_KM);
    const reader = createLogReader(primary.db, [unreachable, replica.db]);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await reader.read(userId, whoAnswers));
    // The first read met the broken one and fell back to the primary; every later one went to the other.
    expect(answers).toEqual([PRIMARY_KM, REPLICA_KM, REPLICA_KM, REPLICA_KM]);
    expect(reader.status()).toEqual({ configured: 2, available: 1 });
    expect([reader.anyReplica(), reader.anyReplica()]).toEqual([replica.db, replica.db]);
  });
});
