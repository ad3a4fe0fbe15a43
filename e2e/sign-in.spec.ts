import { expect, test } from "@playwright/test";
import { signIn, signOut, signUpAndIn } from "./support/fixtures";

test("sign up, sign out, and sign in again", async ({ page }) => {
  const runner = await signUpAndIn(page);
  await expect(page.getByRole("heading", { name: "Welcome to Stridewise" })).toBeVisible();
  await signOut(page);
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/runs");
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, runner);
  await expect(page.getByRole("heading", { name: "Welcome to Stridewise" })).toBeVisible();
});

test("a page asked for while signed out opens once signed in, another site never does; a forged session cookie opens nothing", async ({ page, browser, baseURL }) => {
  const runner = await signUpAndIn(page);
  await signOut(page);
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/runs/new");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fruns%2Fnew$/);
  await page.getByLabel("Email").fill(runner.email);
  await page.getByLabel("Password").fill(runner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/runs/new");
  await expect(page.getByRole("heading", { name: "Log a run" })).toBeVisible();

  // A sign-in link that tries to send the runner to another site after signing in lands on the dashboard.
  await signOut(page);
  await expect(page).toHaveURL(/\/signin/);
  await page.goto(`/signin?callbackUrl=${encodeURIComponent("/\\evil.example/")}`);
  await page.getByLabel("Email").fill(runner.email);
  await page.getByLabel("Password").fill(runner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);

  // The proxy only sees that a cookie is there; the page decrypts it and refuses a made-up one.
  const forged = await browser.newContext();
  await forged.addCookies([{ name: "next-auth.session-token", value: "made-up-token", url: baseURL! }]);
  const visitor = await forged.newPage();
  for (const path of ["/", "/runs"]) {
    await visitor.goto(path);
    await expect(visitor).toHaveURL(/\/signin/);
    await expect(visitor.getByRole("heading", { name: "Sign in" })).toBeVisible();
  }
  await forged.close();
});

test("sign-up refuses a short password, and does not tell that an address is in use", async ({ page, browser }) => {
  await page.goto("/signup");
  await page.getByLabel("Email").fill("short@example.com");
  await page.getByLabel("Password").fill("123456789");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
  // Long enough now: the message goes as the password is corrected.
  await page.getByLabel("Password").fill("long-enough-password");
  await expect(page.getByText("Use at least 10 characters")).toHaveCount(0);

  const other = await browser.newPage();
  const runner = await signUpAndIn(other);
  // The same answer as for a new address; signing in then needs the account's own password.
  await page.getByLabel("Email").fill(runner.email);
  await page.getByLabel("Password").fill("another-long-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/signin$/);
  await expect(page.getByText("already exists")).toHaveCount(0);
  await other.close();
});

test("a wrong password and an unknown email get the same answer, and ten failures lock sign-in", async ({ browser }) => {
  const setup = await browser.newPage();
  const runner = await signUpAndIn(setup);
  await setup.close();

  // Its own client address, so the lock does not reach the other tests signing in from localhost.
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77" } });
  const page = await context.newPage();
  await page.goto("/signin");
  const attempt = async (email: string, password: string) => {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  };

  await attempt("nobody-here@example.com", "whatever-password");
  const unknown = await page.getByRole("status").textContent();
  await attempt(runner.email, "wrong-password-1");
  await expect(page.getByRole("status")).toHaveText(unknown!);
  expect(unknown).toContain("do not match an account");

  for (let i = 2; i <= 9; i++) {
    await attempt(runner.email, `wrong-password-${i}`);
    await expect(page.getByRole("status")).toHaveText(unknown!);
  }
  // Ten failures from this address: even the right password now waits.
  await attempt(runner.email, runner.password);
  await expect(page.getByRole("status")).toContainText("Too many failed sign-ins");
  await expect(page).toHaveURL(/\/signin/);
  await context.close();
});
