// Issue 15: logging with no signal. On a phone, with the network cut after the page loaded: nothing
// typed is lost, the app still opens, and what waited is stored exactly once when the signal is back.
import type { BrowserContext, Page } from "@playwright/test";
import { expect, signIn, test } from "./support/fixtures";
import { appToday, shiftDate } from "./support/log-run";

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

/** Loads the app shell online until the service worker controls the page, as a runner's first visits do. */
async function openOnline(page: Page) {
  await page.goto("/runs/new");
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // Seen once under the worker, so every file they load is kept.
  for (const path of ["/", "/runs", "/pain/new", "/runs/new"]) await page.goto(path);
}

async function fillRun(page: Page, run: { date?: string; km: number; painScore?: number }) {
  if (run.date) await page.getByLabel("Date").fill(run.date);
  await page.getByLabel(/^Distance/).fill(String(run.km));
  await page.getByLabel("Duration").fill("45:00");
  if (run.painScore !== undefined) {
    await page.getByRole("button", { name: "Add pain" }).click();
    const group = page.getByRole("group", { name: "Pain 1" });
    await group.getByLabel("Where").selectOption("knee");
    await group.getByLabel("Side").selectOption("left");
    await group.getByLabel(`Pain ${run.painScore} of 10`).check({ force: true });
  }
}

async function storedCounts(page: Page) {
  await page.goto("/runs");
  const runs = await page.getByTestId("run-item").count();
  await page.goto("/pain/new");
  const pain = await page.locator("[data-pain-id]").count();
  return { runs, pain };
}

async function goOnline(context: BrowserContext, page: Page) {
  await context.setOffline(false);
  await expect(page.getByTestId("offline-mark")).toHaveCount(0);
}

test("offline: a run with pain and rest-day pain are kept, open after a reload, and are stored once with their alerts", async ({ page, context }) => {
  await openOnline(page);
  await context.setOffline(true);

  await page.goto("/runs/new");
  await expect(page.getByTestId("offline-mark")).toContainText(/Offline, showing what you saw at \d\d:\d\d/);
  await fillRun(page, { km: 8, painScore: 8 });
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page.getByRole("heading", { name: "Run kept on this phone" })).toBeVisible();
  await expect(page.getByTestId("save-status")).toHaveText("Run kept on this phone, waiting to sync.");

  await page.goto("/pain/new");
  await page.getByLabel("Where").selectOption("shin");
  await page.getByLabel("Pain 8 of 10").check({ force: true });
  await page.getByRole("button", { name: "Save pain" }).click();
  await expect(page.getByRole("heading", { name: "Pain kept on this phone" })).toBeVisible();

  // Reloading with no signal opens the app, not the browser's offline page.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Pain on a rest day" })).toBeVisible();
  await page.goto("/runs");
  await expect(page.getByTestId("outbox-count")).toHaveText("2 waiting to sync");
  const waiting = page.getByTestId("outbox-list").locator("li");
  await expect(waiting).toHaveCount(2);
  await expect(waiting.filter({ hasText: "waiting to sync" })).toHaveCount(2);
  // A page that needs the server says so.
  await page.goto("/shoes");
  await expect(page.getByRole("heading", { name: "You are offline" })).toBeVisible();

  await page.goto("/runs");
  await goOnline(context, page);
  const banner = page.getByTestId("synced-banner");
  await expect(banner).toContainText("Synced: 1 run and 1 pain entry saved offline are now stored.");
  await expect(banner.locator("article").filter({ hasText: "Severe pain: left knee" })).toBeVisible();
  await expect(banner.locator("article").filter({ hasText: "Pain the next morning: left shin" })).toBeVisible();
  await expect(page.getByTestId("outbox-count")).toHaveCount(0);
  // The banner stays for the next page until dismissed.
  await page.goto("/");
  await expect(page.getByTestId("synced-banner")).toBeVisible();
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByTestId("synced-banner")).toHaveCount(0);

  expect(await storedCounts(page)).toEqual({ runs: 1, pain: 1 });
});

test("the server stores the run but its answer is lost: the retry stores nothing new, one run not two", async ({ page }) => {
  await openOnline(page);
  await fillRun(page, { km: 6 });
  // The save is cut off on the phone's side; the very same request then reaches the server, which
  // stores the run: to the phone it is a save whose answer was lost.
  let sent: { url: string; headers: Record<string, string>; body: string } | null = null;
  await page.route("**/runs/new", async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.fallback();
    sent = { url: request.url(), headers: request.headers(), body: request.postData() ?? "" };
    await route.abort("connectionreset");
  });
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page.getByRole("heading", { name: "Run kept on this phone" })).toBeVisible();
  await page.unroute("**/runs/new");
  const lost = sent!;
  expect((await page.request.post(lost.url, { headers: lost.headers, data: lost.body })).status()).toBe(200);

  // The next page sends it again with the same key.
  await page.goto("/runs");
  await expect(page.getByTestId("synced-banner")).toContainText("Synced: 1 run saved offline is now stored.");
  await expect(page.getByTestId("outbox-list")).toHaveCount(0);
  expect(await storedCounts(page)).toEqual({ runs: 1, pain: 0 });
});

test("an entry the server refuses at sync stays as 'needs a look' and opens in the form with the server's words", async ({ page, context }) => {
  const today = await appToday(page);
  await openOnline(page);
  await context.setOffline(true);
  await page.goto("/runs/new");
  // The phone's offline form cannot know the server's today; the server refuses a date in the future.
  await fillRun(page, { km: 7, date: shiftDate(today, 3) });
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page.getByRole("heading", { name: "Run kept on this phone" })).toBeVisible();

  await page.goto("/runs");
  await goOnline(context, page);
  const entry = page.getByTestId("outbox-list").locator("li");
  await expect(entry).toHaveAttribute("data-state", "needs-look");
  await expect(entry).toContainText("needs a look");
  await expect(page.getByTestId("outbox-count")).toHaveText("1 needs a look");
  await entry.getByRole("link", { name: /^Change the run of/ }).click();
  await expect(page.getByLabel(/^Distance/)).toHaveValue("7");
  await expect(page.locator("#date-error")).toBeVisible();

  // Corrected, it is stored, and leaves the outbox.
  await page.getByLabel("Date").fill(today);
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page.getByRole("heading", { name: "Run saved" })).toBeVisible();
  await page.goto("/runs");
  await expect(page.getByTestId("outbox-list")).toHaveCount(0);
  await expect(page.getByTestId("run-item")).toHaveCount(1);
});

test("online failures keep every field: a 10 MB note says its limit, a server error says nothing was saved", async ({ page }) => {
  // Typing 10 MB into the page takes a while on a busy machine.
  test.setTimeout(180_000);
  await page.goto("/runs/new");
  await fillRun(page, { km: 9 });
  const note = "x".repeat(10 * 1024 * 1024);
  await page.getByLabel("Notes").fill(note);
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page.locator("#notes-error")).toContainText("Notes can be at most 2,000 characters");
  await expect(page.getByLabel(/^Distance/)).toHaveValue("9");
  expect((await page.getByLabel("Notes").inputValue()).length).toBe(note.length);

  // Near the limit the counter shows.
  await page.getByLabel("Notes").fill("y".repeat(1900));
  await expect(page.getByTestId("notes-count")).toHaveText(": 1,900 of 2,000");

  // The server fails: the form says so, and keeps everything.
  await page.route("**/runs/new", (route) =>
    route.request().method() === "POST" ? route.fulfill({ status: 500, body: "Internal Server Error" }) : route.fallback(),
  );
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page.locator("#run-form-errors")).toHaveText(
    "Not saved: something went wrong on the server. Everything you typed is still here; try again in a moment.",
  );
  await expect(page.getByLabel(/^Distance/)).toHaveValue("9");
  await expect(page.getByLabel("Duration")).toHaveValue("45:00");
  await expect(page.getByLabel("Notes")).toHaveValue("y".repeat(1900));
});

test("a new version of the app takes over with an entry waiting, and the entry is still there", async ({ page, context }) => {
  await openOnline(page);
  await context.setOffline(true);
  await page.goto("/runs/new");
  await fillRun(page, { km: 5 });
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page.getByRole("heading", { name: "Run kept on this phone" })).toBeVisible();

  // A new build's worker (another ?v=) installs and takes over; the old version's caches go. Saves
  // still fail meanwhile, so the entry is waiting through the update.
  await page.route("**/*", (route) => (route.request().method() === "POST" ? route.abort() : route.fallback()));
  await context.setOffline(false);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.register("/sw.js?v=next-version");
    await new Promise<void>((resolve) => {
      const check = () => (registration.active?.scriptURL.endsWith("v=next-version") ? resolve() : setTimeout(check, 100));
      check();
    });
  });
  await page.goto("/runs");
  await expect(page.getByTestId("outbox-list").locator("li")).toHaveCount(1);
  await expect(page.getByTestId("outbox-count")).toHaveText("1 waiting to sync");
  const scriptUrl = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? "");
  expect(scriptUrl).toContain("v=next-version");

  await page.unroute("**/*");
  await page.goto("/runs");
  await expect(page.getByTestId("synced-banner")).toContainText("Synced: 1 run saved offline is now stored.");
  await expect(page.getByTestId("run-item")).toHaveCount(1);
});

test("signing out with an entry waiting asks first, then deletes it from the phone", async ({ page, context, runner }) => {
  await openOnline(page);
  await context.setOffline(true);
  await page.goto("/runs/new");
  await fillRun(page, { km: 4 });
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page.getByRole("heading", { name: "Run kept on this phone" })).toBeVisible();
  // Back online, but saves still fail, so the entry is still waiting at sign-out.
  await page.route("**/*", (route) => (route.request().headers()["next-action"] ? route.abort() : route.fallback()));
  await context.setOffline(false);
  // Sign out is under More; the outbox count is in the header there too.
  await page.goto("/more");
  await expect(page.getByTestId("outbox-count")).toHaveText("1 waiting to sync");

  page.once("dialog", (dialog) => {
    expect(dialog.message()).toBe("One entry is still waiting to sync and will be deleted from this phone. Sign out anyway?");
    void dialog.dismiss();
  });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByTestId("outbox-count")).toHaveText("1 waiting to sync");

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/signin");
  await page.unroute("**/*");
  await signIn(page, runner);
  await page.goto("/runs");
  await expect(page.getByRole("heading", { name: "Runs" })).toBeVisible();
  await expect(page.getByTestId("outbox-list")).toHaveCount(0);
  await expect(page.getByTestId("run-item")).toHaveCount(0);
});
