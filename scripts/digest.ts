// `npm run digest -- [--dry-run] [--now <ISO instant>]`: see lib/server/email/digest.ts (issue 9).
import { defaultDatabaseUrl } from "../lib/db-url";
import { createClient } from "../lib/server/db-client";
import { runDigest } from "../lib/server/email/digest";
import { createEmailLogger } from "../lib/server/email/logger";

try {
  process.loadEnvFile();
} catch {
  // no .env file
}

const db = createClient(process.env.DATABASE_URL ?? defaultDatabaseUrl());

runDigest(process.argv.slice(2), db, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  logger: createEmailLogger(),
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
