import { expect, test, type Page } from "@playwright/test";
import { sharedDatabaseFile, userCommand } from "./support/accounts";
import { signUpAndIn } from "./support/fixtures";
import { logRun, appToday, shiftDate } from "./support/log-run";

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

const tabs = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** From Today, the tab (one tap) and, for a page under More, its line there (the second). */
async function reach(page: Page, tab: string, line?: string) {
  await page.goto("/");
  await tabs(page).getByRole("link", { name: tab, exact: true }).tap();
  if (line) await page.getByRole("main").getByRole("link", { name: new RegExp(`^${line}`) }).tap();
}

test("the tab bar at the bottom of a phone reaches every page in two taps, and the header fits one row", async ({ page }) => {
  // Eleven pages, each opened from Today: more than the default minute on a busy machine.
  test.setTimeout(150_000);
  const runner = await signUpAndIn(page);
  // An admin, so the admin page is in the list too.
  expect(userCommand(sharedDatabaseFile, "promote", runner.email)).toContain("is now an admin");
  await logRun(page, { km: 5 });

  await page.goto("/");
  const bar = await tabs(page).boundingBox();
  expect(bar!.y + bar!.height).toBeCloseTo(740, 0);
  const header = await page.locator(".site-header").boundingBox();
  expect(header!.height).toBeLessThanOrEqual(64);
  for (const link of await tabs(page).getByRole("link").all()) {
    const box = await link.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThanOrEqual(44);
  }

  const pages: [string, string | undefined, string | RegExp][] = [
    ["Today", undefined, "Today"],
    ["Runs", undefined, "Runs"],
    ["Log a run", undefined, "Log a run"],
    ["Review", undefined, /^Week of/],
    ["More", "Alerts", "Alerts"],
    ["More", "Rest-day pain", "Pain on a rest day"],
    ["More", "Shoes", "Shoes"],
    ["More", "Import", "Import runs"],
    ["More", "Advice", "Advice"],
    ["More", "Settings", "Settings"],
    ["More", "Admin", "Admin"],
  ];
  for (const [tab, line, heading] of pages) {
    await reach(page, tab, line);
    await expect(page.getByRole("heading", { level: 1 }), `${tab} → ${line ?? ""}`).toHaveText(heading);
    // The tab of the page is marked as the current one.
    await expect(tabs(page).getByRole("link", { name: tab, exact: true })).toHaveAttribute("aria-current", "page");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  }

  // Sign out is under More.
  await reach(page, "More");
  await page.getByRole("button", { name: "Sign out" }).tap();
  await page.waitForURL((url) => url.pathname === "/signin");
});

test("Today's long-run ceiling is 10% over the longest run of the 30 days before today", async ({ page }) => {
  await signUpAndIn(page);
  const today = await appToday(page);
  // 31 days ago is outside T-30 .. T-1, so the 20 km does not count; the 15 km of 25 days ago does.
  const runs = [
    { days: -31, km: 20 },
    { days: -25, km: 15 },
    { days: -12, km: 9 },
    { days: -3, km: 7 },
  ];
  for (const { days, km } of runs) await logRun(page, { date: shiftDate(today, days), km });

  // ANALYSIS-RULES' SPIKE: a run warns when it is more than 1.10 x L30 and at least 1 km longer.
  const longest30 = Math.max(...runs.filter(({ days }) => days >= -30 && days <= -1).map(({ km }) => km));
  const ceiling = Math.floor(Math.max(longest30 * 1.1, longest30 + 0.999) * 10 + 1e-9) / 10;
  expect(ceiling).toBe(16.5);

  await page.goto("/");
  const card = page.getByTestId("today-card");
  await expect(card.getByTestId("long-run-ceiling").locator("strong")).toHaveText(`${ceiling} km`);
  await expect(card.getByTestId("long-run-ceiling")).toContainText(`30-day longest, ${longest30} km`);
  await expect(page.getByRole("region", { name: "Good to run today" })).toHaveAttribute("data-testid", "today-card");

  // A run today at the ceiling is no long-run spike; Today then says what was run.
  await logRun(page, { date: today, km: ceiling });
  await expect(page.getByRole("main")).not.toContainText("Long-run spike");
  await page.goto("/");
  await expect(card.getByTestId("long-run-ceiling")).toContainText(`${ceiling} km logged today`);
});
