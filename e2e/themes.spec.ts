import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./support/fixtures";

// Reads the shared demo athlete only. axe's colour-contrast rule is "serious": 0 serious or critical
// violations on every page is WCAG AA contrast in both themes, at a phone's width and a laptop's.
const PAGES = ["/", "/runs", "/runs/new", "/review", "/more", "/alerts", "/advice", "/pain/new", "/shoes", "/import", "/settings"];

for (const colorScheme of ["light", "dark"] as const) {
  for (const width of [375, 1280]) {
    test(`every page has no serious accessibility violations in the ${colorScheme} theme at ${width} px`, async ({ page }) => {
      // Eleven pages through axe: minutes on a busy machine.
      test.setTimeout(300_000);
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 800 });
      await signIn(page, DEMO);
      for (const path of PAGES) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        const { violations } = await new AxeBuilder({ page }).analyze();
        const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), path).toEqual([]);
      }
    });
  }
}

test("the theme chosen in Settings is on the page from its first byte, and back to the system's on request", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "light" });
  const tab = await context.newPage();
  await signIn(tab, DEMO);
  await tab.goto("/settings");
  await tab.getByRole("radio", { name: "Dark" }).check();
  await expect(tab.locator("html")).toHaveAttribute("data-theme", "dark");
  // The server renders the choice: the HTML as it arrives already says dark, and so does the browser's bar.
  const html = await (await tab.request.get("/")).text();
  expect(html).toMatch(/<html[^>]*data-theme="dark"/);
  expect(html).toMatch(/<meta name="theme-color" content="#1c1f22"/);
  await tab.goto("/");
  const background = await tab.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe("rgb(18, 20, 22)");
  await tab.goto("/settings");
  await tab.getByRole("radio", { name: "Same as this device" }).check();
  await tab.goto("/");
  await expect(tab.locator("html")).not.toHaveAttribute("data-theme", /./);
  expect(await tab.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(244, 245, 242)");
  await context.close();
});
