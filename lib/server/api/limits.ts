import "server-only";
import { z } from "zod";
import { createRateLimiter } from "../../api/rate-limit";
import { isPostgresUrl } from "../../db-url";
import { createTableRateLimiter, type SharedRateLimiter } from "../data/shared-limits";
import { db } from "../db";
import { env } from "../env";

// Per token: a phone shortcut or a sync script never needs two requests a second for a minute.
// Per address: every request counts, before the token is even looked up, so guessing tokens is
// capped too; it is above the per-token limit so a household behind one router with a few tokens is
// not throttled. Both can be set in the environment; the e2e tests lower the per-token one.
const LimitsSchema = z.object({
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  API_RATE_LIMIT_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(300),
});

type Limiters = { perToken: SharedRateLimiter; perAddress: SharedRateLimiter };

/**
 * On PostgreSQL there may be several app servers, so the counts live in a table, in fixed one-minute
 * windows (issue 18). SQLite means one server process: its token bucket in memory costs no write.
 */
function limiterFor(perMinute: number): SharedRateLimiter {
  if (isPostgresUrl(env.DATABASE_URL)) return createTableRateLimiter(db, perMinute);
  const bucket = createRateLimiter(perMinute);
  return { perMinute, take: async (key) => bucket.take(key) };
}

function createLimiters(): Limiters {
  const parsed = LimitsSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join("; ")}`);
  }
  return {
    perToken: limiterFor(parsed.data.API_RATE_LIMIT_PER_MINUTE),
    perAddress: limiterFor(parsed.data.API_RATE_LIMIT_PER_IP_PER_MINUTE),
  };
}

// One set per process: every route handler must share the same buckets, however they are bundled.
const globalForLimits = globalThis as unknown as { stridewiseApiLimiters?: Limiters };
export const limiters = (globalForLimits.stridewiseApiLimiters ??= createLimiters());
