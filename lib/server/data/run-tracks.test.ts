// Issue 21: a run's samples and original file come back from the import worker (encoded there), are
// stored beside the run, and go with it when its import is undone.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { decodeSamples } from "../../track/codec";
import type { PrismaClient } from "../../generated/prisma/client";
import { createTestDatabase, createTestUser, type TestDatabase } from "../test-db";

vi.mock("server-only", () => ({}));

const FIT = path.join(process.cwd(), "lib", "import", "fixtures", "python-fitparse", "activity-small-fenix2-run.fit");

let database: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  (globalThis as unknown as { stridewiseDb?: PrismaClient }).stridewiseDb = db;
});

afterAll(async () => {
  await database.cleanup();
});

describe("an imported run's track", () => {
  it("keeps the samples and the original file through the worker, and undo deletes them", async () => {
    const { importAndRecord, undoImport } = await import("./import-history");
    const user = await createTestUser(db, { timezone: "UTC" });
    const owner = { id: user.id, timezone: "UTC", weekStartsOn: "monday", units: "km" };
    const bytes = new Uint8Array(readFileSync(FIT));
    const { importId, report } = await importAndRecord(owner, "page", "morning.fit", bytes.slice());
    expect(report.status).toBe("imported");

    const run = await db.run.findFirstOrThrow({ where: { userId: user.id }, include: { track: true } });
    expect(run.track?.originalName).toBe("morning.fit");
    expect(gunzipSync(run.track!.original!)).toEqual(bytes);
    const samples = decodeSamples(run.track!.samples);
    expect(samples.t.length).toBe(run.track!.points);
    expect(samples.lat.some(Number.isFinite)).toBe(true);
    expect(samples.hr.some(Number.isFinite)).toBe(true);
    expect(run.ascentM).not.toBeNull();
    expect(run.descentM).not.toBeNull();

    await undoImport(owner, importId);
    expect(await db.runTrack.count({ where: { runId: run.id } })).toBe(0);
    expect(await db.run.count({ where: { userId: user.id } })).toBe(0);
  }, 60_000);
});
