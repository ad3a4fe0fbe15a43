import Database from "better-sqlite3";
import { expect, test, type Browser } from "@playwright/test";
import { rowsHolding } from "../lib/server/test-rows";
import { isSignedIn, sharedDatabaseFile, userCommand } from "./support/accounts";
import { signIn, signUpAndIn, type Runner } from "./support/fixtures";
import { logRun } from "./support/log-run";

// Settings > Account (issue 19) on the shared server, which sends no email.

async function twoDevices(browser: Browser) {
  const phone = await (await browser.newContext()).newPage();
  const runner = await signUpAndIn(phone);
  const laptop = await (await browser.newContext()).newPage();
  await signIn(laptop, runner);
  return { phone, laptop, runner };
}

function userRow(email: string) {
  const sqlite = new Database(sharedDatabaseFile, { readonly: true });
  try {
    return sqlite.prepare("SELECT id, email, role FROM User WHERE email = ?").get(email) as { id: string; email: string; role: string } | undefined;
  } finally {
    sqlite.close();
  }
}

test("changing the password ends the other session and keeps this one", async ({ browser }) => {
  const { phone, laptop, runner } = await twoDevices(browser);
  await laptop.goto("/settings/account");
  const form = laptop.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill("not my password");
  await form.getByLabel("New password").fill("a-brand-new-password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("That is not your current password")).toBeVisible();

  await form.getByLabel("Current password").fill(runner.password);
  await form.getByLabel("New password").fill("a-brand-new-password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.getByRole("status")).toContainText("signed out on every other device");

  expect(await isSignedIn(laptop)).toBe(true);
  expect(await isSignedIn(phone)).toBe(false);
  // The download routes check the session the same way as the pages.
  expect((await phone.request.get("/settings/export/json")).status()).toBe(401);
  await signIn(phone, { ...runner, password: "a-brand-new-password" });
  expect(await isSignedIn(phone)).toBe(true);
});

test("sign out everywhere ends every session, this one included", async ({ browser }) => {
  const { phone, laptop } = await twoDevices(browser);
  expect((await phone.request.get("/settings/export/json")).status()).toBe(200);
  await laptop.goto("/settings/account");
  await laptop.getByRole("button", { name: "Sign out everywhere" }).click();
  await laptop.waitForURL((url) => url.pathname === "/signin");
  expect(await isSignedIn(laptop)).toBe(false);
  expect(await isSignedIn(phone)).toBe(false);
  expect((await phone.request.get("/settings/export/json")).status()).toBe(401);
});

test("without email on the server, the password confirms a new address", async ({ page }) => {
  const runner = await signUpAndIn(page);
  const other = await signUpAndIn(await (await page.context().browser()!.newContext()).newPage());
  await page.goto("/settings/account");
  const form = page.getByRole("form", { name: "Change email" });
  await form.getByLabel("New email").fill(other.email);
  await form.getByLabel("Current password").fill(runner.password);
  await form.getByRole("button", { name: "Change email" }).click();
  await expect(form.getByText("Another account uses this email")).toBeVisible();

  const fresh = `moved-${Date.now()}@example.com`;
  await form.getByLabel("New email").fill(fresh);
  await form.getByLabel("Current password").fill(runner.password);
  await form.getByRole("button", { name: "Change email" }).click();
  await expect(page.getByRole("status")).toContainText(`Your email is now ${fresh}`);
  await page.goto("/settings");
  await expect(page.getByText(`Signed in as ${fresh}`)).toBeVisible();
});

test("deleting the account asks for the password, then leaves no row of it in any table", async ({ page }) => {
  const runner: Runner = await signUpAndIn(page);
  await logRun(page, { km: 9, pain: [{ location: "knee", side: "left", score: 7 }] });
  await page.goto("/shoes");
  await page.getByLabel("Name").fill("Doomed racer");
  await page.getByRole("button", { name: "Add shoe" }).click();
  await expect(page.getByRole("link", { name: "Doomed racer" })).toBeVisible();
  await page.goto("/settings");
  await page.getByLabel("Token name").fill("Doomed script");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Copy it now")).toBeVisible();

  const { id } = userRow(runner.email)!;
  const before = rowsHolding(sharedDatabaseFile, [id, runner.email]);
  for (const table of ["User", "Run", "PainEntry", "Shoe", "Alert", "ApiToken"]) expect(before[table], table).toBeGreaterThan(0);

  await page.goto("/settings/account");
  // The export is offered first.
  await expect(page.getByRole("link", { name: "Download JSON" })).toHaveAttribute("href", "/settings/export/json");
  const form = page.getByRole("form", { name: "Delete account" });
  await form.getByLabel("Your password").fill("wrong password entirely");
  await form.getByRole("button", { name: /Delete my account/ }).click();
  await expect(form.getByText("That is not your current password")).toBeVisible();
  expect(userRow(runner.email)).toBeDefined();

  await form.getByLabel("Your password").fill(runner.password);
  await form.getByRole("button", { name: /Delete my account/ }).click();
  await page.waitForURL((url) => url.pathname === "/signin");
  await expect(page.getByRole("status")).toContainText("Your account and all its data have been deleted");

  const after = rowsHolding(sharedDatabaseFile, [id, runner.email]);
  expect(Object.entries(after).filter(([, rows]) => rows > 0)).toEqual([]);
  expect(await isSignedIn(page)).toBe(false);
  // The address is free again.
  await signUpAndIn(page, runner);
});

test("an admin sees the admin page without anyone's runs, pain or notes; a runner gets 404", async ({ browser }) => {
  const runnerPage = await (await browser.newContext()).newPage();
  const runner = await signUpAndIn(runnerPage);
  await runnerPage.goto("/runs/new");
  await runnerPage.getByLabel("Distance (km)").fill("13.37");
  await runnerPage.getByLabel("Notes").fill("private note about my achilles");
  await runnerPage.getByRole("button", { name: "Save run" }).click();
  await expect(runnerPage.getByRole("heading", { name: "Run saved" })).toBeVisible();
  expect((await runnerPage.goto("/admin"))?.status()).toBe(404);
  // A file the importer cannot read is in the admin's list of failed imports, by its reason only.
  await runnerPage.goto("/import");
  await runnerPage.getByLabel("Choose files, or drop them here").setInputFiles([
    { name: "achilles-tempo.fit", mimeType: "application/octet-stream", buffer: Buffer.from("not a fit file at all") },
  ]);
  await runnerPage.getByRole("button", { name: "Import" }).click();
  await expect(runnerPage.getByTestId("import-status")).toContainText("Import finished", { timeout: 30_000 });

  const adminPage = await (await browser.newContext()).newPage();
  const admin = await signUpAndIn(adminPage);
  expect((await adminPage.goto("/admin"))?.status()).toBe(404);
  expect(userCommand(sharedDatabaseFile, "promote", admin.email)).toContain("is now an admin");
  expect(userRow(admin.email)?.role).toBe("admin");

  const response = await adminPage.goto("/admin");
  expect(response?.status()).toBe(200);
  await expect(adminPage.getByRole("heading", { name: "Admin" })).toBeVisible();
  const row = adminPage.getByTestId("account-row").filter({ hasText: runner.email });
  await expect(row).toContainText("runner");
  await expect(row.getByRole("cell").nth(1)).toHaveText("1");
  const failed = adminPage.getByTestId("failed-import").filter({ hasText: runner.email });
  await expect(failed).toHaveCount(1);
  await expect(failed).toContainText("page");
  const html = await adminPage.content();
  for (const health of ["private note about my achilles", "13.37", "13.4", "achilles"]) expect(html).not.toContain(health);
  await adminPage.goto("/settings");
  await expect(adminPage.getByRole("link", { name: "Admin" })).toBeVisible();
});
