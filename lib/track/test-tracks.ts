// Hand-made tracks for the tests: due north along a meridian, so each metre is 1/111195.08 of a degree.

import type { RunSamples } from "../import/samples";

export const METRES_PER_DEGREE = (Math.PI * 6_371_008.8) / 180;

/** Samples at the given seconds, distances (metres north of 46°N 14°E) and heights. */
export function northTrack(points: readonly { t: number; d: number; ele?: number; hr?: number }[], breaks: number[] = []): RunSamples {
  return {
    start: Date.UTC(2026, 10, 1, 7, 0, 0),
    t: points.map((p) => p.t),
    lat: points.map((p) => 46 + p.d / METRES_PER_DEGREE),
    lon: points.map(() => 14),
    dist: points.map(() => NaN),
    ele: points.map((p) => p.ele ?? NaN),
    hr: points.map((p) => p.hr ?? NaN),
    cad: points.map(() => NaN),
    breaks,
  };
}

/** Seconds 0..n at a steady speed. */
export function steady(seconds: number, metresPerSecond: number, ele: (i: number) => number = () => 100) {
  return Array.from({ length: seconds + 1 }, (_, i) => ({ t: i, d: i * metresPerSecond, ele: ele(i), hr: 140 }));
}
