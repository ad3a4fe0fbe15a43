// `npm run user -- list | create EMAIL | reset-password EMAIL | delete EMAIL --yes | promote EMAIL`:
// see lib/server/user-cli.ts (issue 19).
import { defaultDatabaseUrl } from "../lib/db-url";
import { createClient } from "../lib/server/db-client";
import { runUserCommand } from "../lib/server/user-cli";

try {
  process.loadEnvFile();
} catch {
  // no .env file
}

const db = createClient(process.env.DATABASE_URL ?? defaultDatabaseUrl());

runUserCommand(process.argv.slice(2), db, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
