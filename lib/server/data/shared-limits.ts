// Limits that every app instance shares (issue 18), kept in the database instead of process memory:
// behind a load balancer each request may reach another server. Not "server-only": it is handed its
// client, so the integration tests run it on SQLite and on PostgreSQL.
import type { RateLimitDecision } from "../../api/rate-limit";
import type { FailureLimiter } from "../../auth/failure-limiter";
import type { PrismaClient } from "../../generated/prisma/client";

const MINUTE_MS = 60_000;

export type SharedRateLimiter = {
  /** Counts one request for the key; refused once the minute's count is over `perMinute`. */
  take(key: string): Promise<RateLimitDecision>;
  readonly perMinute: number;
};

/**
 * Fixed one-minute windows, one upsert a request: the count comes back from the same statement, so
 * two servers counting at once never lose a request (the row is locked for the increment). The first
 * request of a key's window also deletes every window older than the previous one.
 */
export function createTableRateLimiter(db: PrismaClient, perMinute: number, now: () => number = Date.now): SharedRateLimiter {
  if (!Number.isFinite(perMinute) || perMinute < 1) throw new Error("perMinute must be at least 1");
  return {
    perMinute,
    async take(key) {
      const at = now();
      const window = Math.floor(at / MINUTE_MS);
      const [row] = await db.$queryRaw<{ count: number | bigint }[]>`
        INSERT INTO "RateLimitWindow" ("key", "windowStart", "count") VALUES (${key}, ${window}, 1)
        ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
        RETURNING "count"`;
      const count = Number(row!.count);
      if (count === 1) await db.$executeRaw`DELETE FROM "RateLimitWindow" WHERE "windowStart" < ${window - 1}`;
      if (count <= perMinute) return { allowed: true, limit: perMinute, remaining: perMinute - count };
      const retryAfterSec = Math.max(1, Math.ceil(((window + 1) * MINUTE_MS - at) / 1000));
      return { allowed: false, limit: perMinute, remaining: 0, retryAfterSec };
    },
  };
}

type AsyncFailureLimiter = { [K in keyof FailureLimiter]: (key: string) => Promise<ReturnType<FailureLimiter[K]>> };

/**
 * The sign-in failure lock in a table: one row a failure, counted over a sliding window, with the same
 * answers as the in-memory limiter (lib/auth/failure-limiter.ts). Failures older than the window are
 * deleted when a new one is recorded.
 */
export function createTableFailureLimiter(
  db: PrismaClient,
  options: { maxFailures: number; windowMs: number; now?: () => number },
): AsyncFailureLimiter {
  const now = options.now ?? Date.now;
  return {
    async retryAfter(key) {
      const at = now();
      const recent = await db.signInFailure.findMany({
        where: { key, at: { gt: new Date(at - options.windowMs) } },
        orderBy: { at: "desc" },
        take: options.maxFailures,
        select: { at: true },
      });
      if (recent.length < options.maxFailures) return 0;
      // Blocked until the oldest failure that keeps the count at the limit leaves the window.
      const unblockAt = recent[recent.length - 1]!.at.getTime() + options.windowMs;
      return Math.max(1, Math.ceil((unblockAt - at) / 1000));
    },
    async recordFailure(key) {
      const at = now();
      await db.$transaction([
        db.signInFailure.deleteMany({ where: { at: { lte: new Date(at - options.windowMs) } } }),
        db.signInFailure.create({ data: { key, at: new Date(at) } }),
      ]);
    },
    async clear(key) {
      await db.signInFailure.deleteMany({ where: { key } });
    },
  };
}
