import "server-only";
import { z } from "zod";
import { defaultDatabaseUrl } from "../db-url";

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().min(1).default(defaultDatabaseUrl()),
    // An empty value counts as unset (an empty line in .env, or a deliberately cleared variable).
    NEXTAUTH_SECRET: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(16).optional()),
    GITHUB_ID: z.string().min(1).optional(),
    GITHUB_SECRET: z.string().min(1).optional(),
    GOOGLE_CLIENT_ID: z.string().min(1).optional(),
    GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
    // Map tiles under the run page's route (issue 21), e.g. https://tile.example.org/{z}/{x}/{y}.png,
    // and the credit the tile provider asks for. Unset: the route is drawn alone.
    MAP_TILE_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
    MAP_TILE_ATTRIBUTION: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    // A production server without its own secret would sign sessions with a guessable key.
    // The build runs in production mode too, but signs nothing.
    const building = process.env.NEXT_PHASE === "phase-production-build";
    if (env.NODE_ENV === "production" && !building && !env.NEXTAUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "NEXTAUTH_SECRET must be set in production (npm run demo generates one)",
      });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

function readEnv(): Env {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment: ${problems.join("; ")}`);
  }
  return parsed.data;
}

export const env = readEnv();
