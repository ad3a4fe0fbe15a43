// Issue 15: logging with no signal. On a phone, with the network cut after the page loaded: nothing
// typed is lost, the app still opens, and what waited is stored exactly once when the signal is back.
import type { BrowserContext, Page, Request } from "@playwright/test";
import { expect, signIn, test } from "./support/fixtures";
import { appToday, shiftDate } from "./support/log-run";

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

/** Loads the app shell online until the service worker controls the page, as a runner's first visits do. */
async function openOnline(page: Page) {
  await page.goto("/runs/new");
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // The worker claims the pages open when it takes over, but Chromium leaves a page whose navigation
  // began while the worker was still installing (a second page opened quickly) uncontrolled until its
  // next load, as a runner's next visit would be.
  const claimed = await page
    .waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 5_000 })
    .then(() => true, () => false);
  if (!claimed) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // Seen once under the worker, so every file they load is kept. The worker keeps a page and its
  // scripts after answering (event.waitUntil): on a busy machine that can still be going on when the
  // signal drops, so each page waits until its copy and every script it loaded are in the cache.
  for (const path of ["/", "/runs", "/pain/new", "/runs/new"]) {
    await page.goto(path);
    await page.waitForFunction(async () => {
      const scripts = performance
        .getEntriesByType("resource")
        .map((entry) => new URL(entry.name))
        .filter((url) => url.origin === location.origin && url.pathname.startsWith("/_next/static/"));
      const kept = await Promise.all([location.pathname, ...scripts.map((url) => url.href)].map((url) => caches.match(url)));
      return kept.every(Boolean);
    });
  }
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

/** Opens the app online, cuts the network and saves a run, which waits on the phone. */
async function keepRunOffline(page: Page, context: BrowserContext, run: Parameters<typeof fillRun>[1]) {
  await openOnline(page);
  await context.setOffline(true);
  await page.goto("/runs/new");
  await fillRun(page, run);
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page.getByRole("heading", { name: "Run kept on this phone" })).toBeVisible();
}

async function storedCounts(page: Page) {
  await page.goto("/runs");
  const runs = await page.getByTestId("run-item").count();
  await page.goto("/pain/new");
  const pain = await page.locator("[data-pain-id]").count();
  return { runs, pain };
}

/** The runs the server holds, read without opening a page (a page would send the outbox itself). */
async function runsOnServer(context: BrowserContext): Promise<number> {
  const html = await (await context.request.get("/runs")).text();
  return html.match(/data-testid="run-item"/g)?.length ?? 0;
}

/**
 * What the browser does when the connection is back and Background Sync is registered: fires the
 * worker's 'sync' event (as DevTools' "Sync" button does), from a blank tab, so no page of the app
 * needs to be open.
 */
async function fireBackgroundSync(context: BrowserContext, baseURL: string) {
  const blank = await context.newPage();
  const cdp = await context.newCDPSession(blank);
  const origin = new URL(baseURL).origin;
  const registration = new Promise<string>((resolve) => {
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const ours = registrations.find((item) => item.scopeURL.startsWith(origin) && !item.isDeleted);
      if (ours) resolve(ours.registrationId);
    });
  });
  await cdp.send("ServiceWorker.enable");
  const registrationId = await registration;
  await cdp.send("ServiceWorker.dispatchSyncEvent", { origin, registrationId, tag: "stridewise-outbox", lastChance: false });
  await cdp.detach();
  await blank.close();
}

/**
 * For the tests of a page with an entry still waiting once online: the page never asks for
 * Background Sync, so the worker does not send the entry behind the test's back (Chromium fires the
 * sync by itself as soon as the connection is back).
 */
async function withoutBackgroundSync(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(ServiceWorkerRegistration.prototype, "sync", { get: () => undefined });
  });
}

/**
 * Fails the requests a test picks and lets the rest through. A request the page dropped while its
 * route was being decided (a navigation away) cannot be answered any more; that is not a failure.
 */
async function failRequests(page: Page, fails: (request: Request) => boolean) {
  await page.route("**/*", (route) => (fails(route.request()) ? route.abort() : route.fallback()).catch(() => undefined));
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

test("the server stores the run but its answer is lost: the retry stores nothing new, one run not two, and shows what it raised", async ({ page }) => {
  await openOnline(page);
  await fillRun(page, { km: 6, painScore: 8 });
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
  // The retry is answered with what the first save raised, as the lost answer would have shown it.
  await expect(page.getByTestId("synced-banner").locator("article").filter({ hasText: "Severe pain: left knee" })).toBeVisible();
  await expect(page.getByTestId("outbox-list")).toHaveCount(0);
  expect(await storedCounts(page)).toEqual({ runs: 1, pain: 0 });
});

test("Background Sync: with no page open the worker sends the entry, and the next page shows it stored with its alerts", async ({ page, context, baseURL }) => {
  await keepRunOffline(page, context, { km: 8, painScore: 8 });
  await page.close();

  // Chromium fires the sync by itself once the connection is back; the test fires it as well, in
  // case the browser waits (a second sync finds nothing left to send).
  await context.setOffline(false);
  await fireBackgroundSync(context, baseURL!);
  await expect.poll(() => runsOnServer(context)).toBe(1);

  // The next page finds the outcome in the outbox's database: the banner, the alert, nothing waiting.
  const next = await context.newPage();
  await next.goto("/runs");
  const banner = next.getByTestId("synced-banner");
  await expect(banner).toContainText("Synced: 1 run saved offline is now stored.");
  await expect(banner.locator("article").filter({ hasText: "Severe pain: left knee" })).toBeVisible();
  await expect(next.getByTestId("outbox-list")).toHaveCount(0);
  await expect(next.getByTestId("outbox-count")).toHaveCount(0);
  expect(await runsOnServer(context)).toBe(1);
});

test("the page and the worker both send one entry: the key stores it once, and the worker's answer has its alerts", async ({ page, context, baseURL }) => {
  // The page sends first: the browser's own sync on reconnecting is kept out of the way, and fired below.
  await withoutBackgroundSync(page);
  await keepRunOffline(page, context, { km: 6, painScore: 8 });

  // The page's own sends reach the server, which stores the run, but their answers never come back.
  await page.route("**/outbox/send", async (route) => {
    await route.fetch();
    await route.abort("connectionreset");
  });
  await context.setOffline(false);
  await page.goto("/runs");
  await expect.poll(() => runsOnServer(context)).toBe(1);
  await expect(page.getByTestId("outbox-list").locator("li")).toHaveCount(1);

  // Background Sync sends the same entry (its request does not go through the page's route).
  await fireBackgroundSync(context, baseURL!);
  const banner = page.getByTestId("synced-banner");
  await expect(banner).toContainText("Synced: 1 run saved offline is now stored.");
  await expect(banner.locator("article").filter({ hasText: "Severe pain: left knee" })).toBeVisible();
  await expect(page.getByTestId("outbox-list")).toHaveCount(0);
  expect(await runsOnServer(context)).toBe(1);
});

test("a waiting entry can be changed and deleted on the phone before it is sent, and is then never stored", async ({ page, context }) => {
  await withoutBackgroundSync(page);
  await keepRunOffline(page, context, { km: 5 });
  await page.goto("/runs");
  const waiting = page.getByTestId("outbox-list").locator("li");
  await expect(waiting).toHaveCount(1);
  await waiting.getByRole("link", { name: /^Change the run of .*, 5$/ }).click();
  await expect(page.getByLabel(/^Distance/)).toHaveValue("5");
  await page.getByLabel(/^Distance/).fill("6");
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page.getByRole("heading", { name: "Run kept on this phone" })).toBeVisible();

  await page.goto("/runs");
  await expect(waiting).toHaveCount(1);
  await expect(waiting).toContainText(/Run of .*, 6/);
  await expect(page.getByTestId("outbox-count")).toHaveText("1 waiting to sync");
  page.once("dialog", (dialog) => void dialog.accept());
  await waiting.getByRole("button", { name: /^Delete the run of .*, 6$/ }).click();
  await expect(page.getByTestId("outbox-list")).toHaveCount(0);
  await expect(page.getByTestId("outbox-count")).toHaveCount(0);

  await goOnline(context, page);
  expect(await runsOnServer(context)).toBe(0);
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
  await withoutBackgroundSync(page);
  await openOnline(page);
  await context.setOffline(true);
  await page.goto("/runs/new");
  await fillRun(page, { km: 5 });
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page.getByRole("heading", { name: "Run kept on this phone" })).toBeVisible();

  // A new build's worker (another ?v=) installs and takes over; the old version's caches go. Saves
  // still fail meanwhile, so the entry is waiting through the update.
  await failRequests(page, (request) => request.method() === "POST");
  await context.setOffline(false);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.register("/sw.js?v=next-version");
    await new Promise<void>((resolve) => {
      const check = () => (registration.active?.scriptURL.endsWith("v=next-version") ? resolve() : setTimeout(check, 100));
      check();
    });
  });
  // The next navigation is served by the new version (read before the page's load event, when this
  // test's page, still of the old build, registers its own version again).
  await page.goto("/runs", { waitUntil: "commit" });
  const scriptUrl = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? "");
  expect(scriptUrl).toContain("v=next-version");
  await expect(page.getByTestId("outbox-list").locator("li")).toHaveCount(1);
  await expect(page.getByTestId("outbox-count")).toHaveText("1 waiting to sync");

  await page.unroute("**/*");
  await page.goto("/runs");
  await expect(page.getByTestId("synced-banner")).toContainText("Synced: 1 run saved offline is now stored.");
  await expect(page.getByTestId("run-item")).toHaveCount(1);
});

test("signing out with an entry waiting asks first, then deletes it from the phone", async ({ page, context, runner }) => {
  await withoutBackgroundSync(page);
  await openOnline(page);
  await context.setOffline(true);
  await page.goto("/runs/new");
  await fillRun(page, { km: 4 });
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page.getByRole("heading", { name: "Run kept on this phone" })).toBeVisible();
  // Back online, but saves still fail, so the entry is still waiting at sign-out.
  // Every save fails (the outbox's sends are POSTs too); signing out goes through.
  await failRequests(page, (request) => request.method() === "POST" && !request.url().includes("/api/auth/"));
  await context.setOffline(false);
  // Sign out is under More; the outbox count is in the header there too.
  await page.goto("/more");
  await expect(page.getByTestId("outbox-count")).toHaveText("1 waiting to sync");

  // One handler answers every question the page asks (a click stalls until its dialog is answered),
  // and counts them: the first sign-out must ask, be refused, and keep the entry.
  const signOut = page.getByRole("button", { name: "Sign out" });
  const questions: string[] = [];
  let signOutAnyway = false;
  page.on("dialog", (dialog) => {
    questions.push(dialog.message());
    void (signOutAnyway ? dialog.accept() : dialog.dismiss());
  });
  await signOut.click();
  await expect.poll(() => questions).toEqual([
    "One entry is still waiting to sync and will be deleted from this phone. Sign out anyway?",
  ]);
  await expect(signOut).toBeEnabled();
  await expect(page.getByTestId("outbox-count")).toHaveText("1 waiting to sync");

  signOutAnyway = true;
  await signOut.click();
  await page.waitForURL((url) => url.pathname === "/signin");
  expect(questions).toHaveLength(2);
  await page.unroute("**/*");
  await signIn(page, runner);
  await page.goto("/runs");
  await expect(page.getByRole("heading", { name: "Runs" })).toBeVisible();
  await expect(page.getByTestId("outbox-list")).toHaveCount(0);
  await expect(page.getByTestId("run-item")).toHaveCount(0);
});
