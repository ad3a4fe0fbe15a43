import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { isSignedIn, sharedDatabaseFile, userCommand } from "./support/accounts";
import { signUpAndIn } from "./support/fixtures";
import { actionIdOf, callAction } from "./support/server-actions";

// Issue 19's routes and actions with two runners (and an admin): every account action works on the
// signed-in account only, whatever the request names; the admin page and its actions are 404 for a
// runner, and change nothing when a runner calls them directly.

function sql<T>(query: string, ...params: unknown[]): T {
  const sqlite = new Database(sharedDatabaseFile);
  try {
    const statement = sqlite.prepare(query);
    return (statement.reader ? statement.get(...params) : statement.run(...params)) as T;
  } finally {
    sqlite.close();
  }
}

const userRow = (email: string) =>
  sql<{ id: string; email: string; sessionVersion: number; passwordHash: string } | undefined>(
    "SELECT id, email, sessionVersion, passwordHash FROM User WHERE email = ?",
    email,
  );

/** A failed email of `userId`, as the outbox keeps one after the SMTP server refused it. */
function failedEmail(userId: string, address: string): string {
  const id = `failed-${userId}`;
  sql("INSERT INTO OutboxMessage (id, userId, kind, dedupeKey, toAddress, subject, text, html, status, attempts, lastError) VALUES (?, ?, 'high-alert', ?, ?, 's', 't', 'h', 'failed', 10, '550 no such mailbox')", id, userId, id, address);
  return id;
}

test("account actions only ever touch the signed-in account", async ({ browser }) => {
  const victimPage = await (await browser.newContext()).newPage();
  const victim = await signUpAndIn(victimPage, { password: "the-victims-own-password" });
  const attackerPage = await (await browser.newContext()).newPage();
  const attacker = await signUpAndIn(attackerPage);
  const before = userRow(victim.email)!;

  await attackerPage.goto("/settings/account");
  // The victim's address is taken; the victim's password is not the attacker's.
  const email = attackerPage.getByRole("form", { name: "Change email" });
  await email.getByLabel("New email").fill(victim.email);
  await email.getByLabel("Current password").fill(attacker.password);
  await email.getByRole("button", { name: "Change email" }).click();
  await expect(email.getByText("Another account uses this email")).toBeVisible();
  const password = attackerPage.getByRole("form", { name: "Change password" });
  await password.getByLabel("Current password").fill(victim.password);
  await password.getByLabel("New password").fill("taken-over-password");
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByText("That is not your current password")).toBeVisible();
  const remove = attackerPage.getByRole("form", { name: "Delete account" });
  await remove.getByLabel("Your password").fill(victim.password);
  await remove.getByRole("button", { name: /Delete my account/ }).click();
  await expect(remove.getByText("That is not your current password")).toBeVisible();

  // Signing out everywhere, and deleting, end the attacker's own sessions and account only.
  await attackerPage.getByRole("button", { name: "Sign out everywhere" }).click();
  await attackerPage.waitForURL((url) => url.pathname === "/signin");
  expect(await isSignedIn(victimPage)).toBe(true);
  expect(userRow(victim.email)).toEqual(before);
});

test("the admin page and its actions are 404 for a runner and change nothing", async ({ browser }) => {
  const adminPage = await (await browser.newContext()).newPage();
  const admin = await signUpAndIn(adminPage);
  userCommand(sharedDatabaseFile, "promote", admin.email);
  const runnerPage = await (await browser.newContext()).newPage();
  const runner = await signUpAndIn(runnerPage);
  const adminMessage = failedEmail(userRow(admin.email)!.id, admin.email);
  const runnerMessage = failedEmail(userRow(runner.email)!.id, runner.email);

  // The admin uses each action once, which is how anyone learns its id.
  await adminPage.goto("/admin");
  const ids = {
    invite: await actionIdOf(adminPage, () => adminPage.getByRole("button", { name: "Create invite link" }).click()),
    retry: await actionIdOf(adminPage, () =>
      adminPage.locator(`[data-message-id="${adminMessage}"]`).getByRole("button", { name: "Retry" }).click(),
    ),
  };
  await expect(adminPage.locator(`[data-message-id="${adminMessage}"]`)).toHaveCount(0);
  const invites = () => sql<{ n: number }>("SELECT count(*) AS n FROM Invite").n;
  const status = (id: string) => sql<{ status: string }>("SELECT status FROM OutboxMessage WHERE id = ?", id).status;
  const invitesBefore = invites();

  expect((await runnerPage.goto("/admin"))?.status()).toBe(404);
  expect(await callAction(runnerPage, ids.invite, "/admin", [])).toBe(404);
  expect(await callAction(runnerPage, ids.retry, "/admin", [runnerMessage])).toBe(404);
  expect(invites()).toBe(invitesBefore);
  expect(status(runnerMessage)).toBe("failed");

  // The same calls from the admin do work, so the refusals above were the role, not the request.
  expect(await callAction(adminPage, ids.retry, "/admin", [runnerMessage])).toBe(200);
  expect(status(runnerMessage)).toBe("pending");
  expect(await callAction(adminPage, ids.invite, "/admin", [])).toBe(200);
  expect(invites()).toBe(invitesBefore + 1);
});
