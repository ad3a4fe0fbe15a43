import { expect, type Page, type TestInfo } from "@playwright/test";

/**
 * Full-page pictures of what the test shows at 375 and 1280 px, in the light and the dark theme (the
 * system's colour scheme), after checking nothing overflows sideways. They land in the test's output
 * folder; docs/screenshots/ keeps a reviewed set. A very long page (the API reference) is taken one
 * screen high, which is what is checked by eye and what a busy machine can draw in time.
 */
export async function screenshotsAtWidths(page: Page, testInfo: TestInfo, name: string, { fullPage = true } = {}) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      // Charts follow the new width on their next resize callback, a frame or two after the viewport
      // narrows (1280 -> 375 between the themes), so the check waits for the page to settle.
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
          message: `nothing overflows at ${width} px`,
        })
        .toBeLessThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath(`${name}-${width}-${colorScheme}.png`), fullPage });
    }
  }
  await page.emulateMedia({ colorScheme: null });
}
