import { randomUUID } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";

export const DEMO = { email: "demo@stridewise.app", password: "stride-demo-2026" };

export type Runner = { email: string; password: string };

/** Signs up a brand-new runner through the API routes the sign-up page uses, then signs in. */
export async function signUpAndIn(page: Page, runner?: Partial<Runner>): Promise<Runner> {
  const account = {
    email: runner?.email ?? `runner-${randomUUID()}@example.com`,
    password: runner?.password ?? "correct-horse-battery",
  };
  await page.goto("/signup");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  return account;
}

export async function signIn(page: Page, runner: Runner) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(runner.email);
  await page.getByLabel("Password").fill(runner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/");
}

/** Signs out the way a runner does: the More tab, then Sign out. */
export async function signOut(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "More" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
}

/** A fresh runner per test, signed up and signed in before the test starts. */
export const test = base.extend<{ runner: Runner }>({
  runner: [
    async ({ page }, use) => {
      await use(await signUpAndIn(page));
    },
    { auto: true },
  ],
});

export { expect };
