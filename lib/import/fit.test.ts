import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readUpload } from "./detect";
import { decodeFit, parseFit, summariseFitRecords } from "./fit";
import { planActivity } from "./plan";
import { parseTcx } from "./tcx";
import { fixture, tcxFromFit, text } from "./test-files";

const RUNS = ["garmin-fenix-5-run.fit", "activity-small-fenix2-run.fit"];

describe("parseFit on real watch files (python-fitparse, MIT)", () => {
  it("reads a fenix 5 run: start, distance and times from the session the watch wrote", () => {
    expect(parseFit(fixture("python-fitparse", "garmin-fenix-5-run.fit"))).toEqual([
      { sport: "running", runType: "other", warnings: [], startInstant: "2017-06-11T14:34:09.000Z", distanceKm: 0.15756, movingSec: 57, elapsedSec: 57, utcOffsetMin: -420, samples: expect.objectContaining({ breaks: [] }) },
    ]);
  });

  it("reads the local time the FIT SDK's example activity records (Activity.fit, 4 hours behind UTC)", () => {
    const [run] = parseFit(fixture("python-fitparse", "Activity.fit"));
    expect(run).toMatchObject({ startInstant: "2012-04-09T21:22:26.000Z", utcOffsetMin: -240 });
    const planned = planActivity("Activity.fit", run!, { timezone: "Asia/Tokyo", today: "2026-01-01" });
    expect(planned).toMatchObject({ ok: true, value: { date: "2012-04-09", startTime: "17:22" } });
  });

  it("agrees with python-fitparse's own decoding of the same file (an independent decoder)", () => {
    // garmin-fenix-5-run-records.csv is python-fitparse's output: one line per record, distance in metres.
    const lines = text(fixture("python-fitparse", "garmin-fenix-5-run-records.csv")).trim().split("\n").slice(1);
    const records = decodeFit(fixture("python-fitparse", "garmin-fenix-5-run.fit")).recordMesgs ?? [];
    expect(records).toHaveLength(lines.length);
    const theirDistances = lines.map((line) => Number(line.split(",")[4]));
    expect(records.map((record) => record.distance)).toEqual(theirDistances);
    expect(parseFit(fixture("python-fitparse", "garmin-fenix-5-run.fit"))[0]?.distanceKm).toBe(theirDistances.at(-1)! / 1000);
  });

  it.each(RUNS)("%s: the session totals match the decoded records", (name) => {
    const bytes = fixture("python-fitparse", name);
    const [run] = parseFit(bytes);
    const records = summariseFitRecords(decodeFit(bytes).recordMesgs ?? []);
    expect(Math.abs(records.distanceM / 1000 - run!.distanceKm) / run!.distanceKm).toBeLessThan(0.01);
    expect(Math.abs(records.elapsedSec! - run!.elapsedSec!)).toBeLessThanOrEqual(5);
  });

  it("keeps pauses out of the moving time (a 3-hour ride with stops)", () => {
    const [ride] = parseFit(fixture("python-fitparse", "sample-activity.fit"));
    expect(ride).toMatchObject({ sport: "cycling", runType: null, movingSec: 10699, elapsedSec: 11742 });
  });

  it.each([
    ["garmin-fenix-5-bike.fit", "cycling"],
    ["garmin-fenix-5-walk.fit", "walking"],
  ])("marks %s as not a run, so the importer skips it", (name, sport) => {
    const contents = readUpload(name, fixture("python-fitparse", name));
    expect(contents.kind === "activities" && [...contents.units()]).toEqual([{ kind: "not-run", label: name, sport }]);
  });

  it.each([
    ["activity-unexpected-eof.fit", "FIT file is cut short: 768 of its 771 bytes are there (an interrupted download or copy?)"],
    ["activity-settings-corruptheader.fit", "FIT file is corrupt: the header at byte 771 is not a FIT header"],
  ])("rejects %s with a clear one-line reason", (name, reason) => {
    expect(() => parseFit(fixture("python-fitparse", name))).toThrow(reason);
  });

  it("rejects a file whose bytes were changed after it was written (checksum)", () => {
    const bytes = fixture("python-fitparse", "garmin-fenix-5-run.fit").slice();
    bytes[200] = bytes[200]! ^ 0xff;
    expect(() => parseFit(bytes)).toThrow("FIT file is corrupt: its checksum does not match its contents");
  });

  it("rejects something that is not FIT at all", () => {
    expect(() => parseFit(new TextEncoder().encode("hello, this is not a FIT file"))).toThrow("not a FIT file");
  });

  it("reads a gzipped FIT file (.fit.gz) exactly like the plain one", () => {
    const plain = fixture("python-fitparse", "garmin-fenix-5-run.fit");
    const contents = readUpload("run.fit.gz", gzipSync(plain));
    expect(contents.kind === "activities" && [...contents.units()][0]).toMatchObject({ kind: "activity", activity: parseFit(plain)[0] });
  });
});

describe("the same run as FIT and as TCX", () => {
  // The repository may only hold MIT/Apache files, and the only FIT+TCX pair of one run in the shared
  // fixtures is GPL (GoldenCheetah). So the TCX is written here from the FIT file's own laps and records,
  // as Garmin Connect exports it. This checks that the two readers agree on one recording; it is not a
  // second device. (Checked by hand on the GoldenCheetah pair: 10.011 km and 2224 s from both.)
  const bytes = fixture("python-fitparse", "activity-small-fenix2-run.fit");
  const messages = decodeFit(bytes);
  const [fit] = parseFit(bytes);

  it("gives the same distance within 1% and the same duration within 5 s", () => {
    const [tcx] = parseTcx(tcxFromFit(messages.lapMesgs ?? [], messages.recordMesgs ?? [], { lapTotals: true }));
    expect(Math.abs(tcx!.distanceKm - fit!.distanceKm) / fit!.distanceKm).toBeLessThan(0.01);
    expect(Math.abs(tcx!.movingSec! - fit!.movingSec!)).toBeLessThanOrEqual(5);
    expect(Math.abs(tcx!.elapsedSec! - fit!.elapsedSec!)).toBeLessThanOrEqual(5);
    expect(Math.abs(Date.parse(tcx!.startInstant!) - Date.parse(fit!.startInstant!))).toBeLessThanOrEqual(5000);
  });

  it("also when the TCX has no lap totals and the trackpoints are measured instead", () => {
    const [tcx] = parseTcx(tcxFromFit(messages.lapMesgs ?? [], messages.recordMesgs ?? [], { lapTotals: false }));
    expect(Math.abs(tcx!.distanceKm - fit!.distanceKm) / fit!.distanceKm).toBeLessThan(0.01);
    expect(Math.abs(tcx!.elapsedSec! - fit!.elapsedSec!)).toBeLessThanOrEqual(5);
    // Measured moving time leaves out slow stretches the watch's timer kept running through.
    expect(Math.abs(tcx!.movingSec! - fit!.movingSec!) / fit!.movingSec!).toBeLessThan(0.02);
  });
});
