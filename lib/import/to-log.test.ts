import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { parseLogText } from "../log-format/log-text";
import { readLogFile } from "../log-format/read-file";
import { encodeFit } from "./fit-test-files";
import { fixture, gpxTrack, northwards } from "./test-files";

// The analyse command reads every format the importer reads, through the same parsers.
const dir = mkdtempSync(join(tmpdir(), "stridewise-import-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe("analysing activity files", () => {
  it("reads a GPX track as a one-run log, dated in UTC", () => {
    const result = parseLogText(gpxTrack([northwards(101, { start: "2025-02-23T23:30:00Z" })], { type: "running" }));
    expect(result).toMatchObject({ ok: true, log: { athlete: { timezone: "UTC" }, runs: [{ date: "2025-02-23", distanceKm: 1, durationSec: 300, type: "other" }] } });
  });

  it("dates a FIT run at the local time the file records, so Sunday 23:30 stays in its week", () => {
    const bytes = encodeFit({ records: [], sessions: [{ start: "2025-03-03T04:30:00Z", elapsedSec: 1800, distanceM: 5000 }], localOffsetMin: -300 });
    const result = readLogFile(file("late.fit", bytes));
    expect(result).toMatchObject({ ok: true, log: { runs: [{ date: "2025-03-02", start: "2025-03-03T04:30:00.000Z", distanceKm: 5 }] } });
  });

  it("says an empty .fit file is empty (not that it lacks a CSV header)", () => {
    expect(readLogFile(file("empty.fit", new Uint8Array()))).toEqual({ ok: false, error: "the file is empty" });
  });

  it("reads a Strava activities.csv, leaving out the ride", () => {
    const csv = [
      "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Activity Gear,Elapsed Time,Distance",
      '1,"Feb 20, 2025, 7:00:00 AM",Run,Run,1800,5.00,Pegasus,1800.0,5000.0',
      '2,"Feb 21, 2025, 7:00:00 AM",Ride,Ride,3600,30.00,Bike,3600.0,30000.0',
    ].join("\n");
    expect(parseLogText(csv)).toMatchObject({ ok: true, log: { shoes: [{ name: "Pegasus" }], runs: [{ id: "strava:1", date: "2025-02-20", distanceKm: 5, shoeId: "shoe-1" }] } });
  });

  it("reads FIT, gzipped and zipped files from disk as bytes", () => {
    const fit = fixture("python-fitparse", "activity-small-fenix2-run.fit");
    const expected = { ok: true, log: { runs: [{ date: "2015-08-15", distanceKm: 9.008, durationSec: 2832 }] } };
    expect(readLogFile(file("run.fit", fit))).toMatchObject(expected);
    expect(readLogFile(file("run.fit.gz", gzipSync(fit)))).toMatchObject(expected);
    expect(readLogFile(file("runs.zip", zipSync({ "run.fit": fit, "ride.fit": fixture("python-fitparse", "garmin-fenix-5-bike.fit") })))).toMatchObject(expected);
  });

  it("exits with the importer's reason for a broken file", () => {
    expect(readLogFile(file("cut.fit", fixture("python-fitparse", "activity-unexpected-eof.fit")))).toEqual({
      ok: false,
      error: "FIT file is cut short: 768 of its 771 bytes are there (an interrupted download or copy?)",
    });
  });

  it("says what a binary file is when it arrives as text", () => {
    const fit = fixture("python-fitparse", "garmin-fenix-5-run.fit");
    expect(parseLogText(new TextDecoder().decode(fit))).toEqual({ ok: false, error: "a FIT file is binary and has to be read as bytes, not as text" });
  });

  it("still reads the simple CSV and the JSON log as before", () => {
    expect(readLogFile(file("runs.csv", "date,distance_km\n2025-01-07,6\n"))).toMatchObject({ ok: true, log: { runs: [{ distanceKm: 6 }] } });
    expect(parseLogText('{"format":"stridewise-log","version":1}')).toMatchObject({ ok: true });
  });
});
