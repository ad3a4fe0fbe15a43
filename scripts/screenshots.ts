// `npx tsx scripts/screenshots.ts [base-url]`: every page at 375 and 1280 px, light and dark, into
// docs/screenshots/ (the README shows them). Without a URL it builds nothing: it serves the e2e build
// (`npx tsx scripts/build.ts .next-e2e` first) on a throwaway database with the demo athlete, on port
// SCREENSHOT_PORT (4200), and stops it afterwards.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";

const PAGES: { name: string; path: string }[] = [
  { name: "signin", path: "/signin" },
  { name: "today", path: "/" },
  { name: "runs", path: "/runs" },
  { name: "log-a-run", path: "/runs/new" },
  { name: "review", path: "/review" },
  { name: "more", path: "/more" },
  { name: "alerts", path: "/alerts" },
  { name: "advice", path: "/advice" },
  { name: "rest-day-pain", path: "/pain/new" },
  { name: "shoes", path: "/shoes" },
  // Filled in by findPages: the demo's first shoe, and the run imported from a FIT file.
  { name: "shoe", path: "" },
  { name: "run", path: "" },
  { name: "import", path: "/import" },
  { name: "settings", path: "/settings" },
  { name: "api-reference", path: "/settings/api" },
];
const WIDTHS = [375, 1280] as const;
const THEMES = ["light", "dark"] as const;
const OUT = path.join(process.cwd(), "docs", "screenshots");

async function waitFor(url: string, server: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error("the server stopped");
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}

async function signIn(page: Page, base: string) {
  await page.goto(`${base}/signin`);
  await page.getByLabel("Email").fill("demo@stridewise.app");
  await page.getByLabel("Password").fill("stride-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/");
}

/** Imports a watch's FIT file for the demo athlete (once) and finds the pages of that run and of the first shoe. */
async function findPages(page: Page, base: string) {
  const fit = path.join(process.cwd(), "lib", "import", "fixtures", "python-fitparse", "activity-small-fenix2-run.fit");
  await page.goto(`${base}/import`);
  await page.getByLabel("Choose files, or drop them here").setInputFiles([{ name: "activity-small-fenix2-run.fit", mimeType: "application/octet-stream", buffer: readFileSync(fit) }]);
  await page.getByRole("button", { name: "Import" }).click();
  await page.getByTestId("import-status").getByText("Import finished").waitFor({ timeout: 60_000 });
  await page.goto(`${base}/runs?month=2015-08`);
  const run = await page.getByTestId("run-item").getByRole("link", { name: /15 Aug 2015/ }).first().getAttribute("href");
  await page.goto(`${base}/shoes`);
  const shoe = await page.locator('main a[href^="/shoes/"]').first().getAttribute("href");
  for (const entry of PAGES) {
    if (entry.name === "run" && run) entry.path = run;
    if (entry.name === "shoe" && shoe) entry.path = shoe;
  }
}

async function main() {
  let base = process.argv[2];
  let server: ChildProcess | null = null;
  if (!base) {
    const port = process.env.SCREENSHOT_PORT ?? "4200";
    server = spawn(process.execPath, ["--import", "tsx", "e2e/support/start-server.ts", port], {
      stdio: "inherit",
      env: { ...process.env, NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-e2e" },
    });
    base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/signin`, server);
  }
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    for (const colorScheme of THEMES) {
      for (const width of WIDTHS) {
        const context = await browser.newContext({ viewport: { width, height: width === 375 ? 740 : 800 }, colorScheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        for (const { name, path: pagePath } of PAGES) {
          if (name === "today") {
            await signIn(page, base);
            if (PAGES.some((entry) => entry.path === "")) await findPages(page, base);
            await page.goto(`${base}/`);
          } else if (!pagePath) throw new Error(`no page found for ${name}`);
          else await page.goto(`${base}${pagePath}`);
          await page.waitForLoadState("networkidle");
          const file = path.join(OUT, `${name}-${width}-${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(path.relative(process.cwd(), file));
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server?.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
