// `next build` into a dist folder of its own, leaving the working tree as it was. Next adds its dist
// folder's type paths to tsconfig.json on every build; for any folder but `.next` that would leave
// tsconfig.json changed after `npm test` or `npm run bench`, so the file is put back byte for byte.
// The e2e tests build into .next-e2e and the benchmarks into .next-bench, so neither can clash with a
// running `npm run demo` (.next).
import { spawnSync, type StdioOptions } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export function buildInto(distDir: string, stdio: StdioOptions = "inherit"): void {
  const tsconfig = path.join(process.cwd(), "tsconfig.json");
  const before = readFileSync(tsconfig);
  const next = path.join(process.cwd(), "node_modules", ".bin", "next");
  try {
    const result = spawnSync(next, ["build"], {
      stdio,
      env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
  } finally {
    if (!readFileSync(tsconfig).equals(before)) writeFileSync(tsconfig, before);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    buildInto(process.argv[2] ?? ".next");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
