import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The logger is built once per process from the environment, so each case logs from a child process.
const dir = mkdtempSync(path.join(tmpdir(), "stridewise-log-"));
const script = path.join(dir, "log-once.mts");
writeFileSync(
  script,
  `const { logger } = await import(${JSON.stringify(path.join(import.meta.dirname, "log.ts"))});
logger.info({ path: "/api/v1/runs", status: 201, email: "runner@example.org" }, "api request");
logger.warn({ status: 401 }, "sign-in failed");
`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function logOnce(env: Record<string, string>): string {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  return spawnSync(tsx, [script], { encoding: "utf8", env: { ...process.env, LOG_PRETTY: "", LOG_LEVEL: "", ...env } }).stdout;
}

describe("the server log", () => {
  it("writes JSON lines by default, with emails redacted", () => {
    const lines = logOnce({ LOG_LEVEL: "info" }).trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.msg)).toEqual(["api request", "sign-in failed"]);
    expect(lines[0]).toMatchObject({ path: "/api/v1/runs", email: "[redacted]" });
  });

  it("prints short readable lines, warnings only, the way the demo starts it", () => {
    const out = logOnce({ LOG_PRETTY: "1", LOG_LEVEL: "warn" });
    expect(out).toContain("WARN (stridewise): sign-in failed");
    expect(out).not.toContain("api request");
    expect(out).not.toMatch(/^\{/m);
  });
});
