import { expect, test, type Page } from "@playwright/test";
import { signUpAndIn } from "./support/fixtures";
import { logRun } from "./support/log-run";
import { actionIdOf, callAction } from "./support/server-actions";

// A victim and an attacker. The attacker learns each server action's id by using it on their own data,
// then calls it directly, the way a hand-made request would, with the victim's ids. Nothing of the
// victim's may change, and the attacker's own data still works.

async function victimData(page: Page) {
  await page.goto("/runs");
  const runs = await page.getByTestId("run-item").allTextContents();
  await page.goto("/shoes");
  const shoes = await page.getByTestId("shoe-row").allTextContents();
  await page.goto("/alerts");
  const open = await page.getByRole("heading", { name: /^Open \(/ }).textContent();
  await page.goto("/pain/new");
  const pain = await page.locator("[data-pain-id]").allTextContents();
  await page.goto("/settings");
  const tokens = await page.getByTestId("token-row").count();
  return { runs, shoes, open, pain, tokens };
}

test("another runner's ids given to every server action change nothing", async ({ browser }) => {
  // About a hundred steps over two accounts: a minute on a quiet machine, more on a busy CI one.
  test.setTimeout(180_000);
  const victim = await (await browser.newContext()).newPage();
  await signUpAndIn(victim);
  await victim.goto("/shoes");
  await victim.getByLabel("Name").fill("Victim's racer");
  await victim.getByRole("button", { name: "Add shoe" }).click();
  await expect(victim.getByRole("link", { name: "Victim's racer" })).toBeVisible();
  const victimShoe = (await victim.getByRole("link", { name: "Victim's racer" }).getAttribute("href"))!.split("/").at(-1)!;
  await logRun(victim, { km: 8, pain: [{ location: "knee", side: "left", score: 7 }] });
  await victim.goto("/runs");
  const victimRun = (await victim.getByRole("link", { name: /Edit the run/ }).getAttribute("href"))!.split("/")[2]!;
  await victim.goto("/alerts");
  const victimAlert = (await victim.getByTestId("alert-card").first().getAttribute("aria-labelledby"))!.replace("alert-", "");
  await victim.goto("/pain/new");
  await victim.getByLabel("Pain 3 of 10").check({ force: true });
  await victim.getByRole("button", { name: "Save pain" }).click();
  await expect(victim.locator("[data-pain-id]")).toHaveCount(1);
  const victimPain = (await victim.locator("[data-pain-id]").getAttribute("data-pain-id"))!;
  await victim.goto("/settings");
  await victim.getByLabel("Token name").fill("Victim's script");
  await victim.getByRole("button", { name: "Create token" }).click();
  // Wait for the answer: leaving the page first cancels the action (seen on PostgreSQL's slower write).
  await expect(victim.getByText("Copy it now")).toBeVisible();
  await victim.goto("/settings");
  const victimToken = (await victim.getByTestId("token-row").getAttribute("data-token-id"))!;
  const before = await victimData(victim);

  // The attacker uses each action once on their own data, to learn its id.
  const attacker = await (await browser.newContext()).newPage();
  await signUpAndIn(attacker);
  const ids: Record<string, string> = {};
  await attacker.goto("/shoes");
  for (const name of ["One", "Two"]) {
    await attacker.getByLabel("Name").fill(name);
    await attacker.getByRole("button", { name: "Add shoe" }).click();
    await expect(attacker.getByRole("link", { name, exact: true })).toBeVisible();
    // The form clears itself once the shoe is saved; typing before that would be wiped.
    await expect(attacker.getByLabel("Name")).toHaveValue("");
  }
  ids.makeDefault = await actionIdOf(attacker, () => attacker.getByRole("button", { name: "Make Two the default" }).click());
  ids.retire = await actionIdOf(attacker, () => attacker.getByRole("button", { name: "Retire One" }).click());
  ids.saveRun = await actionIdOf(attacker, () => logRun(attacker, { km: 5, pain: [{ location: "shin", side: "right", score: 8 }] }));
  await attacker.goto("/alerts");
  ids.acknowledge = await actionIdOf(attacker, () => attacker.getByRole("button", { name: /^Acknowledge/ }).first().click());
  await attacker.goto("/pain/new");
  await attacker.getByLabel("Pain 2 of 10").check({ force: true });
  ids.savePain = await actionIdOf(attacker, () => attacker.getByRole("button", { name: "Save pain" }).click());
  await expect(attacker.locator("[data-pain-id]")).toHaveCount(1);
  await attacker.locator("[data-pain-id]").getByRole("button", { name: /^Delete/ }).click();
  ids.removePain = await actionIdOf(attacker, () => attacker.getByRole("button", { name: "Yes, delete it" }).click());
  await attacker.goto("/settings");
  await attacker.getByLabel("Token name").fill("Mine");
  await attacker.getByRole("button", { name: "Create token" }).click();
  // Wait for the answer: leaving the page first cancels the action (seen on PostgreSQL's slower write).
  await expect(attacker.getByText("Copy it now")).toBeVisible();
  await attacker.goto("/settings");
  ids.revoke = await actionIdOf(attacker, () => attacker.getByRole("button", { name: "Revoke Mine" }).click());
  await attacker.goto("/runs");
  await attacker.getByRole("link", { name: /Edit the run/ }).click();
  await attacker.getByRole("button", { name: "Delete run" }).click();
  ids.removeRun = await actionIdOf(attacker, () => attacker.getByRole("button", { name: "Yes, delete it" }).click());

  // Now the same actions, with the victim's ids.
  const edited = { date: "2025-01-01", distance: "99", duration: "", type: "race", rpe: "", shoeId: "", notes: "pwned", startTime: "", pain: [] };
  const attempts: [string, string, unknown[]][] = [
    [ids.makeDefault!, "/shoes", [victimShoe]],
    [ids.retire!, "/shoes", [victimShoe, true]],
    [ids.saveRun!, "/runs/new", [victimRun, edited]],
    [ids.acknowledge!, "/alerts", [victimAlert]],
    [ids.savePain!, "/pain/new", [victimPain, { date: "2025-01-01", location: "shin", side: "right", score: "9", timing: "during" }]],
    [ids.removePain!, "/pain/new", [victimPain]],
    [ids.revoke!, "/settings", [victimToken]],
    [ids.removeRun!, "/runs", [victimRun]],
  ];
  for (const [actionId, path, args] of attempts) {
    expect(await callAction(attacker, actionId, path, args)).toBeLessThan(500);
  }

  expect(await victimData(victim)).toEqual(before);
  // The edit page of the victim's rest-day pain does not exist for the attacker.
  expect((await attacker.goto(`/pain/${victimPain}/edit`))?.status()).toBe(404);

  // The same kind of call with the attacker's own id does work, so the calls above really reached
  // the actions and were refused by ownership, not by the way they were sent.
  await attacker.goto("/shoes");
  const ownShoe = (await attacker.getByRole("link", { name: "Two", exact: true }).getAttribute("href"))!.split("/").at(-1)!;
  expect(await callAction(attacker, ids.retire!, "/shoes", [ownShoe, true])).toBe(200);
  await attacker.goto("/shoes");
  await expect(attacker.getByTestId("shoe-row").filter({ hasText: "Two" })).toContainText("(retired)");
  expect(before.runs).toHaveLength(1);
  expect(before.pain).toHaveLength(1);
  expect(before.tokens).toBe(1);
});
