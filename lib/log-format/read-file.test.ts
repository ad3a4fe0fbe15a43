import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readLogFile } from "./read-file";
import { exampleLog } from "./test-logs";

const dir = mkdtempSync(join(tmpdir(), "stridewise-log-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileWith(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("readLogFile", () => {
  it("reads a stridewise-log JSON file, even with a BOM and leading blank lines", () => {
    const path = fileWith("log.json", `\uFEFF\n  ${JSON.stringify(exampleLog())}`);
    const result = readLogFile(path);
    expect(result.ok && result.log.runs[0]?.id).toBe("r-2025-01-07");
  });

  it("reads anything that does not start with { as the simple CSV, whatever the file is called", () => {
    const result = readLogFile(fileWith("log.json.txt", "date,distance_km\n2025-01-07,6\n"));
    expect(result.ok && result.log.runs[0]?.distanceKm).toBe(6);
  });

  it("reports JSON syntax errors on one line", () => {
    const result = readLogFile(fileWith("broken.json", '{ "format": "stridewise-log",\n  "version": 1,\n'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/^invalid JSON: /);
    expect(result.error).not.toContain("\n");
  });

  it("passes on the schema's message for an invalid document", () => {
    const log = exampleLog();
    log.version = 2;
    expect(readLogFile(fileWith("v2.json", JSON.stringify(log)))).toEqual({ ok: false, error: "version: must be 1" });
  });

  it("returns an error, not a throw, for a missing file or a directory", () => {
    const missing = join(dir, "missing.json");
    expect(readLogFile(missing)).toEqual({ ok: false, error: `cannot read ${missing}: no such file` });
    expect(readLogFile(dir)).toEqual({ ok: false, error: `cannot read ${dir}: it is a directory` });
  });
});
