import { expect, test } from "./support/fixtures";
import { logRun } from "./support/log-run";

const PAYLOAD = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;

test("a script in a note or a shoe name is shown as text and never runs", async ({ page }) => {
  await page.goto("/shoes");
  await page.getByLabel("Name").fill(`Racer ${PAYLOAD}`);
  await page.getByRole("button", { name: "Add shoe" }).click();
  await expect(page.getByRole("link", { name: `Racer ${PAYLOAD}` })).toBeVisible();

  await page.goto("/runs/new");
  await page.getByLabel(/^Distance/).fill("6");
  await page.getByLabel("Notes").fill(PAYLOAD);
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page.getByRole("heading", { name: "Run saved" })).toBeVisible();

  await page.goto("/runs");
  await expect(page.getByText(PAYLOAD, { exact: true })).toBeVisible();
  await expect(page.getByTestId("run-item")).toContainText(`Racer ${PAYLOAD}`);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator("img[src='x']")).toHaveCount(0);
});

test("pages carry the security headers and the session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
  await logRun(page, { km: 5 });
  const response = await page.goto("/runs");
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain("unsafe-eval");
  // Scripts run by this response's nonce only (issue 20): an inline one without it is blocked.
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  // An inline handler is what injected markup runs: the image's own error listener fires after it would have.
  const ran = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        document.body.insertAdjacentHTML("beforeend", '<img id="csp-probe" alt="" src="/no-such-image.png" onerror="window.__inline = 1">');
        document.getElementById("csp-probe")!.addEventListener("error", () => setTimeout(() => resolve("__inline" in window), 0));
      }),
  );
  expect(ran).toBe(false);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");

  const session = (await context.cookies()).find((c) => c.name.includes("next-auth.session-token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
});

test("an imported activity name with a script in it is shown as text", async ({ page }) => {
  const csv = [
    "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance",
    `77,"Mar 1, 2025, 8:00:00 AM","${PAYLOAD.replaceAll('"', '""')}",Run,1800,5.5`,
  ].join("\n");
  await page.goto("/import");
  await page.getByLabel("Choose files, or drop them here").setInputFiles([{ name: "activities.csv", mimeType: "text/csv", buffer: Buffer.from(csv) }]);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("import-status")).toContainText("Import finished", { timeout: 30_000 });
  await page.goto("/runs");
  await expect(page.getByText(PAYLOAD, { exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator("img[src='x']")).toHaveCount(0);
});
