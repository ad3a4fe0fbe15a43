import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { newReport, type FileReport } from "../../import/report";
import { gpxTrack, northwards } from "../../import/test-files";
import { FolderScanner, type WatchDeps } from "./scanner";

const RUNNER = "cm4runner0000000000000001";
const OTHER = "cm4runner0000000000000002";
const SETTLE = 1000;

let root: string;
let imports: { owner: string; file: string; text: string }[];
let finishes: string[];
let known: Set<string>;

function deps(): WatchDeps<{ id: string }> {
  return {
    owners: async (ids) => ids.filter((id) => id === RUNNER).map((id) => ({ id })),
    knownHash: async (_owner, hash) => known.has(hash),
    importFile: async (owner, file, bytes, hash): Promise<FileReport> => {
      imports.push({ owner: owner.id, file, text: new TextDecoder().decode(bytes) });
      known.add(hash);
      return { ...newReport(file), status: "imported", imported: 1 };
    },
    finish: async (owner) => {
      finishes.push(owner.id);
    },
  };
}

const scanner = () => new FolderScanner(root, deps(), { settleMs: SETTLE, giveUpMs: 60_000 });
const write = (relative: string, text: string) => {
  const file = path.join(root, RUNNER, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
};
const run = gpxTrack([northwards(20)]);

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "stridewise-watch-"));
  mkdirSync(path.join(root, RUNNER));
  imports = [];
  finishes = [];
  known = new Set();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("the watched folder", () => {
  it("imports a new file once it has kept its size for a scan, once, and recomputes the alerts once per batch", async () => {
    const watcher = scanner();
    const first = write("garmin/morning.gpx", run);
    write("evening.gpx", gpxTrack([northwards(30, { start: "2025-03-02T18:00:00Z" })]));
    expect(await watcher.scan(0)).toMatchObject({ imported: 0, waiting: 2 });
    expect(await watcher.scan(SETTLE)).toMatchObject({ imported: 2, waiting: 0 });
    expect(imports.map((entry) => entry.file).sort()).toEqual(["evening.gpx", "garmin/morning.gpx"]);
    expect(finishes).toEqual([RUNNER]);
    expect(await watcher.scan(2 * SETTLE)).toMatchObject({ imported: 0 });
    expect(imports).toHaveLength(2);
    // Only ever read.
    expect(existsSync(first)).toBe(true);
  });

  it("waits for a half-written file and imports it once, complete", async () => {
    const watcher = scanner();
    write("half.gpx", run.slice(0, run.length / 2));
    for (let i = 0; i < 5; i++) expect((await watcher.scan(i * SETTLE)).imported).toBe(0);
    appendFileSync(path.join(root, RUNNER, "half.gpx"), run.slice(run.length / 2));
    await watcher.scan(5 * SETTLE);
    await watcher.scan(6 * SETTLE);
    await watcher.scan(7 * SETTLE);
    expect(imports).toEqual([{ owner: RUNNER, file: "half.gpx", text: run }]);
  });

  it("imports a file that looks cut short once it has stayed so past the give-up time (its report says why)", async () => {
    const watcher = new FolderScanner(root, deps(), { settleMs: SETTLE, giveUpMs: 5 * SETTLE });
    write("broken.gpx", run.slice(0, 100));
    for (let i = 0; i <= 4; i++) await watcher.scan(i * SETTLE);
    expect(imports).toHaveLength(0);
    await watcher.scan(5 * SETTLE);
    expect(imports.map((entry) => entry.file)).toEqual(["broken.gpx"]);
  });

  it("imports a changed file again, but not bytes it has imported before", async () => {
    const watcher = scanner();
    write("run.gpx", run);
    await watcher.scan(0);
    await watcher.scan(SETTLE);
    const longer = gpxTrack([northwards(40)]);
    write("run.gpx", longer);
    await watcher.scan(2 * SETTLE);
    await watcher.scan(3 * SETTLE);
    write("copy-of-run.gpx", run);
    await watcher.scan(4 * SETTLE);
    await watcher.scan(5 * SETTLE);
    expect(imports.map((entry) => [entry.file, entry.text])).toEqual([
      ["run.gpx", run],
      ["run.gpx", longer],
    ]);
  });

  it("leaves alone hidden and temporary files, links, other kinds of files and folders that are not a runner's", async () => {
    const watcher = scanner();
    write(".syncthing.run.gpx.tmp", run);
    write("run.gpx.part", run);
    write("notes.txt", "hello");
    write(".hidden/run.gpx", run);
    mkdirSync(path.join(root, "shared"));
    writeFileSync(path.join(root, "shared", "run.gpx"), run);
    mkdirSync(path.join(root, OTHER));
    writeFileSync(path.join(root, OTHER, "run.gpx"), run);
    symlinkSync(path.join(root, OTHER), path.join(root, RUNNER, "linked"));
    await watcher.scan(0);
    await watcher.scan(SETTLE);
    expect(imports).toEqual([]);
  });

  it("does nothing when the folder does not exist", async () => {
    const watcher = new FolderScanner(path.join(root, "missing"), deps(), { settleMs: SETTLE, giveUpMs: 60_000 });
    expect(await watcher.scan(0)).toEqual({ imported: 0, files: 0, waiting: 0 });
  });
});

describe("a runner's folder that is a link", () => {
  it("is scanned: the administrator may link it to where a sync tool keeps its files", async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), "stridewise-synced-"));
    try {
      rmSync(path.join(root, RUNNER), { recursive: true });
      symlinkSync(elsewhere, path.join(root, RUNNER));
      writeFileSync(path.join(elsewhere, "run.gpx"), run);
      const watcher = scanner();
      await watcher.scan(0);
      await watcher.scan(SETTLE);
      expect(imports.map((entry) => entry.file)).toEqual(["run.gpx"]);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
