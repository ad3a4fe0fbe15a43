import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { createClient } from "./db-client";
import { createLogReader, type LogClient, type LogReaderOptions } from "./read-routing";
import { createTestDatabase, testOnPostgres, type TestDatabase } from "./test-db";

// Two real databases of the provider under test: one plays the primary, the other a standby that has
// replayed the primary up to some point. Each holds the same runner with its own run, so a read shows
// which database answered it. (e2e/replica.spec.ts does the same against a real streaming standby.)
let primary: TestDatabase;
let replica: TestDatabase;
const userId = "runner-1";
const PRIMARY_KM = 10;
const REPLICA_KM = 5;

async function runnerWith(db: PrismaClient, logVersion: number, km: number) {
  await db.user.upsert({
    where: { id: userId },
    create: { id: userId, email: "runner@example.org", logVersion },
    update: { logVersion },
  });
  await db.run.deleteMany({ where: { userId } });
  await db.run.create({ data: { userId, localDate: "2026-11-30", distanceM: km * 1000, durationS: 1800 } });
}

const whoAnswers = (client: LogClient) =>
  client.run.findFirst({ where: { userId }, select: { distanceM: true } }).then((run) => run!.distanceM / 1000);

/** A standby nobody listens for: connecting is refused, as with a stopped one. */
const stopped = createClient("postgresql://postgres@127.0.0.1:1/none", { connectTimeoutMs: 500 });
afterAll(() => stopped.$disconnect());

/** A replica whose every transaction hangs (a network that drops packets). */
const hanging = { $transaction: () => new Promise(() => undefined) } as unknown as PrismaClient;

function reader(replicas: PrismaClient[], options: LogReaderOptions = {}) {
  const isolation = testOnPostgres ? { isolationLevel: "RepeatableRead" as Prisma.TransactionIsolationLevel } : {};
  return createLogReader(primary.db, replicas, { ...isolation, ...options });
}

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
    expect(await reader([replica.db]).read(userId, whoAnswers)).toBe(REPLICA_KM);
  });

  it("go to the primary while the replica is behind: a runner always reads what they just wrote", async () => {
    await runnerWith(replica.db, 6, REPLICA_KM);
    const logs = reader([replica.db]);
    expect(await logs.read(userId, whoAnswers)).toBe(PRIMARY_KM);
    // The primary's version is read for every read, not remembered: after one more write there, the
    // replica that had caught up is behind again.
    await replica.db.user.update({ where: { id: userId }, data: { logVersion: 7 } });
    expect(await logs.read(userId, whoAnswers)).toBe(REPLICA_KM);
    await primary.db.user.update({ where: { id: userId }, data: { logVersion: { increment: 1 } } });
    expect(await logs.read(userId, whoAnswers)).toBe(PRIMARY_KM);
  });

  it("go to the primary for a runner the replica has not seen yet", async () => {
    expect(await reader([replica.db]).read(userId, whoAnswers)).toBe(PRIMARY_KM);
  });

  it("go to the primary when there is no replica", async () => {
    const logs = reader([]);
    expect(await logs.read(userId, whoAnswers)).toBe(PRIMARY_KM);
    expect(logs.status()).toEqual({ configured: 0, available: 0 });
    expect(logs.anyReplica()).toBe(primary.db);
  });
});

describe("a replica that fails", () => {
  it("is left out for a while, the primary answering meanwhile, then tried again", async () => {
    let now = 1_000_000;
    const errors: unknown[] = [];
    let down = true;
    const flaky = {
      $transaction: (...args: Parameters<PrismaClient["$transaction"]>) => (down ? stopped : replica.db).$transaction(...args),
    } as unknown as PrismaClient;
    await runnerWith(replica.db, 7, REPLICA_KM);
    const logs = reader([flaky], { now: () => now, retryAfterMs: 30_000, onReplicaError: (e) => errors.push(e) });

    expect(await logs.read(userId, whoAnswers)).toBe(PRIMARY_KM);
    expect(errors).toHaveLength(1);
    expect(logs.status()).toEqual({ configured: 1, available: 0 });
    down = false;
    now += 29_999;
    expect(await logs.read(userId, whoAnswers)).toBe(PRIMARY_KM);
    expect(errors).toHaveLength(1);
    now += 1;
    expect(await logs.read(userId, whoAnswers)).toBe(REPLICA_KM);
    expect(logs.status()).toEqual({ configured: 1, available: 1 });
  });

  it("that hangs: the primary answers once the check has taken longer than its limit", async () => {
    const errors: unknown[] = [];
    const logs = reader([hanging], { checkTimeoutMs: 200, onReplicaError: (e) => errors.push(e) });
    expect(await logs.read(userId, whoAnswers)).toBe(PRIMARY_KM);
    expect(errors.map(String)).toEqual(["ReplicaTimeout: the replica did not answer within 200 ms"]);
    expect(logs.status().available).toBe(0);
  });

  it("during the read itself (a standby cancels a query that conflicts with replay): the primary answers it", async () => {
    await runnerWith(replica.db, 7, REPLICA_KM);
    const errors: unknown[] = [];
    const logs = reader([replica.db], { onReplicaError: (e) => errors.push(e) });
    const served: number[] = [];
    const km = await logs.read(userId, async (client) => {
      served.push(await whoAnswers(client));
      if (served.length === 1) throw Object.assign(new Error("canceling statement due to conflict with recovery"), { name: "PrismaClientKnownRequestError" });
      return served.at(-1)!;
    });
    expect({ km, served, errors: errors.length }).toEqual({ km: PRIMARY_KM, served: [REPLICA_KM, PRIMARY_KM], errors: 1 });
    expect(logs.status().available).toBe(0);
  });

  it("is not blamed for an error of the reading code: that error reaches the caller, the replica stays in", async () => {
    await runnerWith(replica.db, 7, REPLICA_KM);
    const logs = reader([replica.db]);
    await expect(logs.read(userId, () => Promise.reject(new RangeError("damaged samples")))).rejects.toThrow("damaged samples");
    expect(logs.status().available).toBe(1);
  });

  it("is passed over for the next replica, and never chosen for stale reads while it is out", async () => {
    await runnerWith(replica.db, 7, REPLICA_KM);
    const logs = reader([stopped, replica.db]);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await logs.read(userId, whoAnswers));
    // The first read met the stopped one and fell back to the primary; every later one went to the other.
    expect(answers).toEqual([PRIMARY_KM, REPLICA_KM, REPLICA_KM, REPLICA_KM]);
    expect(logs.status()).toEqual({ configured: 2, available: 1 });
    expect([logs.anyReplica(), logs.anyReplica()]).toEqual([replica.db, replica.db]);
  });
});
