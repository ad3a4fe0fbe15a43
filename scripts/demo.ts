// `npm run demo`: everything a newcomer needs, in one command. Creates the SQLite file, applies the
// migrations, seeds the demo athlete, builds the app and serves it on http://localhost:3000.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from "../prisma/seed";
import { serveUntilExit } from "./next-server";
import { prepareDatabase } from "./prepare-db";

function ensureSecret() {
  const envFile = path.join(process.cwd(), ".env");
  const current = existsSync(envFile) ? readFileSync(envFile, "utf8") : "";
  if (!/^NEXTAUTH_SECRET=/m.test(current) && !process.env.NEXTAUTH_SECRET) {
    // A fresh random secret per installation, kept in .env (never committed).
    appendFileSync(envFile, `${current && !current.endsWith("\n") ? "\n" : ""}NEXTAUTH_SECRET=${randomBytes(32).toString("base64url")}\n`);
    console.log("Generated NEXTAUTH_SECRET in .env");
  }
}

async function main() {
  ensureSecret();
  const port = process.env.PORT ?? "3000";
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  // Readable lines, and only what needs a look (LOG_LEVEL=info shows every API request again).
  process.env.LOG_PRETTY ??= "1";
  process.env.LOG_LEVEL ??= "warn";
  const url = prepareDatabase();
  console.log(`Database ready: ${url}`);
  if (await seedDemo()) console.log("Seeded the demo athlete");

  const next = path.join(process.cwd(), "node_modules", ".bin", "next");
  if (process.env.SKIP_BUILD !== "1") {
    console.log("Building the app (about a minute)…");
    const build = spawnSync(next, ["build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  console.log(`\nStridewise is starting on http://localhost:${port}`);
  console.log(`Sign in as ${DEMO_EMAIL} with the password ${DEMO_PASSWORD}\n`);
  serveUntilExit(["-p", port]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
