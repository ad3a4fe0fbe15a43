import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseFit } from "../import/fit";
import { parseGpx } from "../import/gpx";
import { samplesOf } from "../import/samples";
import { parseTcx } from "../import/tcx";
import { summariseTrack, type TrackPoint } from "../import/track";
import { distanceAlong } from "./analysis";
import { decodeSamples, encodeSamples } from "./codec";
import { toGpx, toTcx } from "./gpx-export";
import { trimToPrivacyZone } from "./privacy";
import { METRES_PER_DEGREE, northTrack, steady } from "./test-tracks";

const fixture = (dir: string, name: string) => readFileSync(path.join(process.cwd(), "lib", "import", "fixtures", dir, name));

describe("samplesOf", () => {
  it("keeps one point a second and the distance within 0.5% of the full track", () => {
    // Five points a second round a 200 m circle (a track, the tightest turns a run has for long).
    const start = Date.UTC(2026, 10, 1, 7);
    const points: TrackPoint[] = Array.from({ length: 5 * 1800 }, (_, i) => {
      const angle = (i / 5) * (3.5 / 200);
      return { time: start + i * 200, lat: 46 + (200 * Math.sin(angle)) / METRES_PER_DEGREE, lon: 14 + (200 * Math.cos(angle)) / (METRES_PER_DEGREE * Math.cos((46 * Math.PI) / 180)) };
    });
    const samples = samplesOf([points])!;
    expect(samples.t.length).toBe(1800);
    expect(new Set(samples.t).size).toBe(samples.t.length);
    const full = summariseTrack([points]).distanceM;
    expect(Math.abs(distanceAlong(samples).at(-1)! - full) / full).toBeLessThan(0.005);
  });

  it("keeps each segment's last point, so a pause keeps where the segment ended", () => {
    const start = Date.UTC(2026, 10, 1, 7);
    const segment = (from: number) => [0, 400, 800, 1000].map((ms, i) => ({ time: start + from + ms, lat: 46 + (from + i) / 1e5, lon: 14 }));
    const samples = samplesOf([segment(0), segment(60_000)])!;
    expect(samples.t).toEqual([0, 1, 60, 61]);
    expect(samples.breaks).toEqual([2]);
  });

  it("reads heights, heart rate and cadence from a FIT file and a GPX file", () => {
    const [fit] = parseFit(fixture("python-fitparse", "activity-small-fenix2-run.fit"));
    expect(fit!.samples!.hr.some(Number.isFinite)).toBe(true);
    expect(fit!.samples!.lat.some(Number.isFinite)).toBe(true);
    const [gpx] = parseGpx(fixture("gpxpy", "korita-zbevnica.gpx").toString("utf8"));
    expect(gpx!.samples!.ele.some(Number.isFinite)).toBe(true);
  });
});

describe("encodeSamples", () => {
  it("stores the columns at the precision a watch measures and reads them back", () => {
    const samples = northTrack(steady(3600, 3.1, (i) => 300 + Math.sin(i / 100) * 20));
    const back = decodeSamples(encodeSamples(samples));
    expect(back.t).toEqual(samples.t);
    back.lat.forEach((lat, i) => expect(Math.abs(lat - samples.lat[i]!)).toBeLessThanOrEqual(5e-7));
    back.ele.forEach((ele, i) => expect(Math.abs(ele - samples.ele[i]!)).toBeLessThanOrEqual(0.05));
    expect(back.cad.every((value) => Number.isNaN(value))).toBe(true);
    expect(back.start).toBe(samples.start);
  });
});

describe("trimToPrivacyZone", () => {
  it("leaves out the start and the end strictly inside the radius, and keeps the middle", () => {
    // Out 1 km north from home and back, past home again for 50 m, and back home.
    const out = steady(250, 4).map((p) => ({ t: p.t, d: p.d }));
    const back = out.slice(1).map((p) => ({ t: p.t + 250, d: 1000 - p.d }));
    const samples = northTrack([...out, ...back]);
    const zone = { lat: 46, lon: 14, radiusM: 98 };
    const trimmed = trimToPrivacyZone(samples, zone);
    const metres = (lat: number) => (lat - 46) * METRES_PER_DEGREE;
    // The points are 4 m apart: 96 m is inside, 100 m is the first outside.
    expect(metres(trimmed.lat[0]!)).toBeCloseTo(100, 6);
    expect(metres(trimmed.lat.at(-1)!)).toBeCloseTo(100, 6);
    expect(trimToPrivacyZone(samples, { ...zone, radiusM: 96.5 }).t[0]).toBe(25);
    expect(trimToPrivacyZone(samples, { ...zone, radiusM: 95.5 }).t[0]).toBe(24);
    expect(trimmed.t[0]).toBe(25);
    expect(trimmed.t.at(-1)).toBe(475);
    expect(trimmed.t.length).toBe(samples.t.length - 25 - 25);
    expect(trimToPrivacyZone(samples, null)).toBe(samples);
  });
});

describe("toGpx and toTcx", () => {
  const [original] = parseFit(fixture("python-fitparse", "garmin-fenix-5-run.fit"));
  const run = { name: "Fenix <5>", type: "easy", startAt: new Date(original!.startInstant!), samples: original!.samples! };
  const close = (a: number, b: number) => expect(Math.abs(a - b) / b).toBeLessThan(0.005);

  it("the GPX re-imports to the same run: start, times, and the distance its positions measure", () => {
    const [again] = parseGpx(toGpx(run));
    expect(again!.startInstant).toBe(original!.startInstant);
    expect(again!.elapsedSec).toBe(original!.elapsedSec);
    const points = original!.samples!.lat.map((lat, i) => ({ lat, lon: original!.samples!.lon[i]! })).filter((p) => Number.isFinite(p.lat));
    close(again!.distanceKm * 1000, summariseTrack([points]).distanceM);
    expect(again!.samples!.hr).toEqual(original!.samples!.hr.filter((_, i) => Number.isFinite(original!.samples!.lat[i])));
  });

  it("the TCX re-imports to the same run, with the watch's own distance", () => {
    const [again] = parseTcx(toTcx(run));
    expect(again!.startInstant).toBe(original!.startInstant);
    close(again!.distanceKm, original!.distanceKm);
    expect(Math.abs(again!.elapsedSec! - original!.elapsedSec!)).toBeLessThanOrEqual(1);
  });

  it("escapes the run's name", () => {
    expect(toGpx(run)).toContain("<name>Fenix &#60;5&#62;</name>");
  });
});
