// Issue 21: a run's samples and original file come back from the import worker (encoded there), are
// stored beside the run, and go with it when its import is undone. The whole-log export leaves them out
// unless asked, and with the flag each run from a file carries its recorded points.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "fflate";
import { describe, expect, it, vi } from "vitest";
import { decodeSamples } from "../../track/codec";
import { storeTrack, trackRow } from "../../track/stored";
import { northTrack, steady } from "../../track/test-tracks";
import { appTestDatabase } from "../app-test-db";
import { createTestUser } from "../test-db";

vi.mock("server-only", () => ({}));

const FIT = path.join(process.cwd(), "lib", "import", "fixtures", "python-fitparse", "activity-small-fenix2-run.fit");

const app = appTestDatabase();

describe("an imported run's track", () => {
  it("keeps the samples and the original file through the worker, and undo deletes them", async () => {
    const { importAndRecord, undoImport } = await import("./import-history");
    const user = await createTestUser(app.db, { timezone: "UTC" });
    const owner = { id: user.id, timezone: "UTC", weekStartsOn: "monday", units: "km" };
    const bytes = new Uint8Array(readFileSync(FIT));
    const { importId, report } = await importAndRecord(owner, "page", "morning.fit", bytes.slice());
    expect(report.status).toBe("imported");

    const run = await app.db.run.findFirstOrThrow({ where: { userId: user.id }, include: { track: true } });
    expect(run.track?.originalName).toBe("morning.fit");
    expect(gunzipSync(run.track!.original!)).toEqual(bytes);
    const samples = decodeSamples(run.track!.samples);
    expect(samples.t.length).toBe(run.track!.points);
    expect(samples.lat.some(Number.isFinite)).toBe(true);
    expect(samples.hr.some(Number.isFinite)).toBe(true);
    expect(run.ascentM).not.toBeNull();
    expect(run.descentM).not.toBeNull();

    await undoImport(owner, importId);
    expect(await app.db.runTrack.count({ where: { runId: run.id } })).toBe(0);
    expect(await app.db.run.count({ where: { userId: user.id } })).toBe(0);
  }, 60_000);
});

describe("the whole-log export and samples", () => {
  it("has no samples by default and each imported run's points with the flag", async () => {
    // Imported once the test database is the client (lib/server/app.db.ts reads it at import).
    const { exportLog } = await import("./export");
    const user = await createTestUser(app.db, { timezone: "UTC" });
    const samples = northTrack(steady(60, 3, (i) => 100 + i / 10));
    const imported = await app.db.run.create({ data: { userId: user.id, localDate: "2026-11-30", distanceM: 180, durationS: 60, source: "gpx" } });
    await app.db.runTrack.create({ data: trackRow(imported.id, storeTrack(samples), undefined) });
    const byHand = await app.db.run.create({ data: { userId: user.id, localDate: "2026-11-29", distanceM: 5000, durationS: 1800 } });

    const plain = await exportLog(user.id);
    expect(plain?.runs).toHaveLength(2);
    for (const run of plain!.runs) expect(run).not.toHaveProperty("samples");

    const full = await exportLog(user.id, { samples: true });
    const withPoints = full!.runs.find((run) => run.id === imported.id);
    expect(withPoints?.samples?.columns.t).toHaveLength(61);
    expect(withPoints?.samples?.columns.ele?.[10]).toBeCloseTo(101, 5);
    expect(withPoints?.samples?.columns.lat?.every((value) => typeof value === "number")).toBe(true);
    expect(withPoints?.samples?.columns.hr?.[0]).toBe(140);
    // No cadence in this track: the column is left out rather than written as nulls.
    expect(withPoints?.samples?.columns).not.toHaveProperty("cad");
    expect(full!.runs.find((run) => run.id === byHand.id)).not.toHaveProperty("samples");
    // The rest of the document is the one without the flag.
    expect(JSON.parse(JSON.stringify({ ...full, runs: full!.runs.map((run) => ({ ...run, samples: undefined })) }))).toEqual(JSON.parse(JSON.stringify(plain)));
  }, 60_000);
});
