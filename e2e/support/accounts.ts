// Shared by the account specs (issue 19): the shared server's database, and `npm run user` on it.
import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Page } from "@playwright/test";

const port = process.env.E2E_PORT ?? "3210";

/** The SQLite file of the server Playwright starts (e2e/support/start-server.ts). */
export const sharedDatabaseFile = path.join(process.cwd(), "test-results", `e2e-db-${port}`, "e2e.db");

/** `npm run user -- ...` against a database, as the instance owner would run it. */
export function userCommand(databaseFile: string, ...args: string[]): string {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  return execFileSync(tsx, [path.join(process.cwd(), "scripts", "user.ts"), ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: `file:${databaseFile}` },
  });
}

/** Whether the page's browser still has a session: a page behind sign-in answers or sends it away. */
export async function isSignedIn(page: Page): Promise<boolean> {
  await page.goto("/settings");
  return new URL(page.url()).pathname === "/settings";
}
