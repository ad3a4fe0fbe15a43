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

test("two runners importing at the same moment each get only their own runs", async ({ browser }) => {
  const files = {
    first: ["date,distance_km,notes", "2025-01-06,5,first-runner-note", "2025-01-08,7,first-runner-note", "2025-01-10,9,first-runner-note"],
    second: ["date,distance_km,notes", "2025-01-06,5,second-runner-note", "2025-01-09,6,second-runner-note"],
  };
  const runners = await Promise.all(
    (["first", "second"] as const).map(async (who) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signUpAndIn(page);
      return { who, context, page };
    }),
  );
  // Both files are read by the import workers at once.
  const reports = await Promise.all(
    runners.map(async ({ who, page }) => {
      const response = await page.request.post(`/import/file?name=${who}.csv`, {
        headers: { "x-stridewise-import": "1", "content-type": "application/octet-stream" },
        data: Buffer.from(files[who].join("\n")),
      });
      return JSON.parse((await response.text()).trim().split("\n").at(-1)!) as { report: { imported: number } };
    }),
  );
  expect(reports.map(({ report }) => report.imported)).toEqual([3, 2]);
  for (const { who, page, context } of runners) {
    await page.goto("/runs");
    await expect(page.getByTestId("run-item")).toHaveCount(files[who].length - 1);
    await expect(page.getByText(`${who === "first" ? "second" : "first"}-runner-note`)).toHaveCount(0);
    await context.close();
  }
});
