// Issue 18: reads of a runner's log on a read replica, without ever showing the runner less than they
// have written. Not "server-only": the database tests drive it with their own clients.
//
// The rule: every change to a runner's log bumps their `logVersion` in the same transaction
// (changeLog). A standby replays the primary's transactions in order, so a standby whose copy of the
// runner's row has the primary's `logVersion` holds every change to that runner's log the primary
// has, including the write this runner made a moment ago. Before a log read, both versions are read
// by primary key (one round trip each, at the same time); the replica serves the read only when it
// has caught up, and the primary serves it otherwise. The user row itself, alerts and anything a
// write decides on are never read here: they stay on the primary.
import type { Prisma, PrismaClient } from "../generated/prisma/client";

/** What a log read is given: the replica's transaction (one connection, one snapshot) or the primary. */
export type LogClient = Prisma.TransactionClient;

type Replica = { client: PrismaClient; downUntil: number };

export type ReplicaStatus = { configured: number; available: number };

export type LogReader = {
  /** Runs `read` on a replica that has all of this runner's log the primary has, else on the primary. */
  read<T>(userId: string, read: (client: LogClient) => Promise<T>): Promise<T>;
  /** Any available replica in turn, for reads across runners that may be a moment stale (admin pages). */
  anyReplica(): PrismaClient;
  status(): ReplicaStatus;
};

export type LogReaderOptions = {
  /** How long a replica that failed is left out before it is tried again. */
  retryAfterMs?: number;
  /** How long the replica may take to say which version it has before the primary answers instead. */
  checkTimeoutMs?: number;
  /**
   * The replica transaction's isolation: PostgreSQL's REPEATABLE READ makes the version check and
   * every query of the read see one snapshot. SQLite (the tests) has only its own, which is that.
   */
  isolationLevel?: Prisma.TransactionIsolationLevel;
  now?: () => number;
  /** Told when a replica fails (the read is then served by the primary). */
  onReplicaError?: (error: unknown) => void;
};

async function logVersionOn(client: LogClient, userId: string): Promise<number | null> {
  const [row] = await client.$queryRaw<{ logVersion: number | bigint }[]>`SELECT "logVersion" FROM "User" WHERE id = ${userId}`;
  return row ? Number(row.logVersion) : null;
}

/**
 * An error from the database or the connection to it (either generated client throws these), as
 * opposed to one from the code reading: only the first says anything about the replica.
 */
function fromDatabase(error: unknown): boolean {
  const name = error instanceof Error ? error.name : "";
  return ["PrismaClientKnownRequestError", "PrismaClientUnknownRequestError", "PrismaClientInitializationError", "DriverAdapterError"].includes(name);
}

class ReplicaTimeout extends Error {
  name = "ReplicaTimeout";
}

const BEHIND = Symbol("behind");

export function createLogReader(primary: PrismaClient, replicaClients: PrismaClient[], options: LogReaderOptions = {}): LogReader {
  const { retryAfterMs = 30_000, checkTimeoutMs = 2000, isolationLevel, now = Date.now, onReplicaError = () => undefined } = options;
  const replicas: Replica[] = replicaClients.map((client) => ({ client, downUntil: 0 }));
  let turn = 0;

  /** The next replica in turn that has not failed in the last `retryAfterMs`, or null. */
  function nextReplica(): Replica | null {
    for (let tried = 0; tried < replicas.length; tried++) {
      const replica = replicas[turn++ % replicas.length]!;
      if (replica.downUntil <= now()) return replica;
    }
    return null;
  }

  function failed(replica: Replica, error: unknown): void {
    replica.downUntil = now() + retryAfterMs;
    onReplicaError(error);
  }

  /**
   * The read on the replica, in one transaction: the version check and the read share a connection
   * and a snapshot, so a load balancer behind the replica's address cannot send them to two standbys
   * at different points. BEHIND when the replica has not replayed the primary's version.
   */
  async function onReplica<T>(replica: Replica, userId: string, primaryVersion: Promise<number | null>, read: (client: LogClient) => Promise<T>) {
    let checked: () => void = () => undefined;
    const check = new Promise<void>((resolve) => (checked = resolve));
    const attempt = replica.client.$transaction(
      async (tx) => {
        const [mine, theirs] = [await logVersionOn(tx, userId), await primaryVersion];
        checked();
        if (mine === null || theirs === null || mine < theirs) return BEHIND;
        return { value: await read(tx) };
      },
      { maxWait: checkTimeoutMs, timeout: 120_000, ...(isolationLevel ? { isolationLevel } : {}) },
    );
    // A replica that hangs (a network that drops packets, replay holding a lock) must not hold the
    // page: past the limit the primary answers, and the replica's attempt is left to fail on its own.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ReplicaTimeout(`the replica did not answer within ${checkTimeoutMs} ms`)), checkTimeoutMs);
    });
    void check.then(() => clearTimeout(timer));
    attempt.catch(() => undefined);
    try {
      await Promise.race([check, late, attempt]);
    } finally {
      clearTimeout(timer);
    }
    return attempt;
  }

  return {
    async read(userId, read) {
      const replica = nextReplica();
      if (!replica) return read(primary);
      const primaryVersion = logVersionOn(primary, userId);
      // Awaited below on every path; this only keeps an early failure from counting as unhandled.
      primaryVersion.catch(() => undefined);
      let result: typeof BEHIND | { value: Awaited<ReturnType<typeof read>> };
      try {
        result = await onReplica(replica, userId, primaryVersion, read);
      } catch (error) {
        // The primary's own failure is the caller's to see.
        await primaryVersion;
        // A standby can cancel a query that conflicts with what it is replaying, or go away: the
        // primary answers instead (a read is safe to run twice). An error of the reading code
        // itself would fail there too, and says nothing about the replica.
        if (!(error instanceof ReplicaTimeout) && !fromDatabase(error)) throw error;
        failed(replica, error);
        return read(primary);
      }
      return result === BEHIND ? read(primary) : result.value;
    },
    anyReplica() {
      return nextReplica()?.client ?? primary;
    },
    status() {
      return { configured: replicas.length, available: replicas.filter((replica) => replica.downUntil <= now()).length };
    },
  };
}
