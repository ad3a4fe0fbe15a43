import "server-only";
import { z } from "zod";
import { createRateLimiter, type RateLimiter } from "../../api/rate-limit";

// Per token: a phone shortcut or a sync script never needs two requests a second for a minute.
// Per address: every request counts, before the token is even looked up, so guessing tokens is
// capped too; it is above the per-token limit so a household behind one router with a few tokens is
// not throttled. Both can be set in the environment; the e2e tests lower the per-token one.
const LimitsSchema = z.object({
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  API_RATE_LIMIT_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(300),
});

type Limiters = { perToken: RateLimiter; perAddress: RateLimiter };

function createLimiters(): Limiters {
  const parsed = LimitsSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join("; ")}`);
  }
  return {
    perToken: createRateLimiter(parsed.data.API_RATE_LIMIT_PER_MINUTE),
    perAddress: createRateLimiter(parsed.data.API_RATE_LIMIT_PER_IP_PER_MINUTE),
  };
}

// One set per process: every route handler must share the same buckets, however they are bundled.
const globalForLimits = globalThis as unknown as { stridewiseApiLimiters?: Limiters };
export const limiters = (globalForLimits.stridewiseApiLimiters ??= createLimiters());
