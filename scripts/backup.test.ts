import Database from "better-sqlite3";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { backupDatabase } from "./backup";
import { restoreDatabase } from "./restore";

const dirs: string[] = [];
function tempDir() {
  const dir = mkdtempSync(path.join(tmpdir(), "stridewise-backup-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("copies a live WAL database, including writes still in the log, and puts it back", async () => {
    const dir = tempDir();
    const live = path.join(dir, "live.db");
    const db = new Database(live);
    db.pragma("journal_mode = WAL");
    db.exec("CREATE TABLE run (id INTEGER PRIMARY KEY, km REAL)");
    const insert = db.prepare("INSERT INTO run (km) VALUES (?)");
    for (let i = 0; i < 500; i++) insert.run(5 + (i % 10));

    const backup = path.join(dir, "backups", "copy.db");
    await backupDatabase(live, backup); // the writer still has the database open
    insert.run(42);
    db.close();

    const kept = restoreDatabase(backup, live);
    expect(kept).toBe(`${live}.before-restore`);
    const restored = new Database(live, { readonly: true });
    expect(restored.prepare("SELECT count(*) AS n FROM run").get()).toEqual({ n: 500 });
    restored.close();
    const previous = new Database(kept!, { readonly: true });
    expect(previous.prepare("SELECT count(*) AS n FROM run").get()).toEqual({ n: 501 });
    previous.close();
  });

  it("refuses to restore a file that is not a database", () => {
    const dir = tempDir();
    const bogus = path.join(dir, "bogus.db");
    writeFileSync(bogus, "not a database at all, just text ".repeat(200));
    expect(() => restoreDatabase(bogus, path.join(dir, "live.db"))).toThrow();
  });
});
