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
import type { PrismaClient } from "../generated/prisma/client";

type Replica = { client: PrismaClient; downUntil: number };

export type ReplicaStatus = { configured: number; available: number };

export type LogReader = {
  /** Runs `read` on a replica that has all of this runner's log the primary has, else on the primary. */
  read<T>(userId: string, read: (client: PrismaClient) => Promise<T>): Promise<T>;
  /** Any available replica in turn, for reads across runners that may be a moment stale (admin pages). */
  anyReplica(): PrismaClient;
  status(): ReplicaStatus;
};

export type LogReaderOptions = {
  /** How long a replica that failed is left out before it is tried again. */
  retryAfterMs?: number;
  now?: () => number;
  /** Told when a replica fails (the read is then served by the primary). */
  onReplicaError?: (error: unknown) => void;
};

async function logVersionOn(client: PrismaClient, userId: string): Promise<number | null> {
  const [row] = await client.$queryRaw<{ logVersion: number | bigint }[]>`SELECT "logVersion" FROM "User" WHERE id = ${userId}`;
  return row ? Number(row.logVersion) : null;
}

export function createLogReader(primary: PrismaClient, replicaClients: PrismaClient[], options: LogReaderOptions = {}): LogReader {
  const { retryAfterMs = 30_000, now = Date.now, onReplicaError = () => undefined } = options;
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

  return {
    async read(userId, read) {
      const replica = nextReplica();
      if (!replica) return read(primary);
      const [onPrimary, onReplica] = await Promise.all([
        logVersionOn(primary, userId),
        logVersionOn(replica.client, userId).catch((error: unknown) => {
          failed(replica, error);
          return "failed" as const;
        }),
      ]);
      // Behind (or without the runner yet): the primary has a change the replica has not replayed.
      if (onReplica === "failed" || onPrimary === null || onReplica === null || onReplica < onPrimary) return read(primary);
      try {
        return await read(replica.client);
      } catch (error) {
        // A standby can cancel a query that conflicts with what it is replaying, or go away: the
        // primary answers instead (a read is safe to run twice).
        failed(replica, error);
        return read(primary);
      }
    },
    anyReplica() {
      return nextReplica()?.client ?? primary;
    },
    status() {
      return { configured: replicas.length, available: replicas.filter((replica) => replica.downUntil <= now()).length };
    },
  };
}
