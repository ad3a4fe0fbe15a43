import { expect, test } from "@playwright/test";
import { signUpAndIn } from "./support/fixtures";

// A victim and an attacker in two browser contexts: the attacker gets 404 on the victim's data, never
// the data, and still reaches their own.
test("a second runner cannot see, edit or delete the first runner's run or shoe", async ({ browser }) => {
  const victimContext = await browser.newContext();
  const victim = await victimContext.newPage();
  await signUpAndIn(victim);
  await victim.goto("/shoes");
  await victim.getByLabel("Name").fill("Victim's racer");
  await victim.getByRole("button", { name: "Add shoe" }).click();
  await expect(victim.getByRole("link", { name: "Victim's racer" })).toBeVisible();
  const shoeHref = await victim.getByRole("link", { name: "Victim's racer" }).getAttribute("href");

  await victim.goto("/runs/new");
  await victim.getByLabel("Distance (km)").fill("8");
  await victim.getByLabel("Notes").fill("victim secret note");
  await victim.getByRole("button", { name: "Save run" }).click();
  await expect(victim.getByRole("heading", { name: "Run saved" })).toBeVisible();
  await victim.goto("/runs");
  const runHref = await victim.getByRole("link", { name: /Edit the run/ }).getAttribute("href");
  expect(runHref).toMatch(/^\/runs\/.+\/edit$/);
  expect(shoeHref).toMatch(/^\/shoes\/.+$/);

  const attackerContext = await browser.newContext();
  const attacker = await attackerContext.newPage();
  await signUpAndIn(attacker);

  for (const href of [runHref!, shoeHref!]) {
    const response = await attacker.goto(href);
    expect(response?.status()).toBe(404);
    await expect(attacker.getByText("victim secret note")).toHaveCount(0);
    await expect(attacker.getByText("Victim's racer")).toHaveCount(0);
  }
  await attacker.goto("/runs");
  await expect(attacker.getByTestId("run-item")).toHaveCount(0);

  // The victim's run and shoe are untouched and still theirs.
  await victim.goto("/runs");
  await expect(victim.getByText("victim secret note")).toBeVisible();
  const own = await victim.goto(runHref!);
  expect(own?.status()).toBe(200);

  await victimContext.close();
  await attackerContext.close();
});

test("pages need a session", async ({ page }) => {
  for (const path of ["/", "/runs", "/runs/new", "/shoes", "/settings", "/settings/account", "/admin", "/alerts"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/signin/);
  }
});
