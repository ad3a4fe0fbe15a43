// The time series of a recorded activity, kept for the run's page (issue 21): at most one point per
// second, as plain columns (arrays of numbers, NaN where a point lacks the value) so a parser can hand
// them across a worker boundary. Positions and distance are what the route and the splits are made of.

import { isPlausibleTime, type TrackPoint } from "./track";

export type RunSamples = {
  /** Epoch milliseconds of the first timed point; the `t` column counts seconds from it. */
  start?: number;
  /** Seconds from `start`; NaN for a point without time (a GPX track with no time stamps). */
  t: number[];
  lat: number[];
  lon: number[];
  /** The device's cumulative distance in metres; NaN where it did not record one. */
  dist: number[];
  ele: number[];
  hr: number[];
  cad: number[];
  /** Where a new segment starts (after a pause the device recorded as one): indexes into the columns. */
  breaks: number[];
};

/** A day at one point a second: nothing a runner records is longer, and it bounds a file's result. */
export const MAX_SAMPLES = 86_400;
const COLUMNS = ["t", "lat", "lon", "dist", "ele", "hr", "cad"] as const;
export type SampleColumn = (typeof COLUMNS)[number];

const num = (value: number | undefined) => (value !== undefined && Number.isFinite(value) ? value : NaN);

/**
 * The segments' points, one a second at most: a point in the same whole second as the last kept one is
 * dropped, unless it ends its segment (the last point carries the distance to the end). Untimed tracks
 * keep every point up to MAX_SAMPLES, then every nth. Undefined when no point carries anything to draw.
 */
export function samplesOf(segments: readonly (readonly TrackPoint[])[]): RunSamples | undefined {
  const all = segments.flatMap((segment) => segment.map((point, i) => ({ point, first: i === 0, last: i === segment.length - 1 })));
  const stride = Math.max(1, Math.ceil(all.filter(({ point }) => !isPlausibleTime(point.time)).length / MAX_SAMPLES));
  const start = all.map(({ point }) => point.time).find(isPlausibleTime);
  const samples: RunSamples = { t: [], lat: [], lon: [], dist: [], ele: [], hr: [], cad: [], breaks: [] };
  if (start !== undefined) samples.start = start;
  let lastSecond = -Infinity;
  let untimed = 0;
  for (const { point, first, last } of all) {
    const timed = isPlausibleTime(point.time);
    const second = timed ? Math.floor((point.time! - start!) / 1000) : NaN;
    if (timed) {
      if (second < lastSecond) continue;
      // The segment's last point replaces the one kept in its second: it carries the distance to the end.
      if (second === lastSecond) {
        if (!last) continue;
        dropLast(samples);
      }
    } else if (untimed++ % stride !== 0 && !last) continue;
    if (samples.t.length >= MAX_SAMPLES) break;
    if (first && samples.t.length > 0) samples.breaks.push(samples.t.length);
    lastSecond = timed ? second : lastSecond;
    samples.t.push(second);
    samples.lat.push(num(point.lat));
    samples.lon.push(num(point.lon));
    samples.dist.push(num(point.distanceM));
    samples.ele.push(num(point.ele));
    samples.hr.push(num(point.hr));
    samples.cad.push(num(point.cad));
  }
  const drawable = samples.lat.some(Number.isFinite) || samples.dist.some(Number.isFinite) || samples.hr.some(Number.isFinite);
  return samples.t.length > 1 && drawable ? samples : undefined;
}

function dropLast(samples: RunSamples) {
  for (const column of COLUMNS) samples[column].pop();
  if (samples.breaks.at(-1) === samples.t.length) samples.breaks.pop();
}

export function sampleColumns(): readonly SampleColumn[] {
  return COLUMNS;
}
