// Distance, moving time and elapsed time from a recorded track: shared by the GPX reader, the TCX reader
// (laps without totals) and the FIT reader (files without a session summary).

export type TrackPoint = {
  lat?: number;
  lon?: number;
  /** Epoch milliseconds; absent when the point has no usable time. */
  time?: number;
  /** The device's cumulative distance in metres, when it recorded one (TCX, FIT): better than GPS geometry. */
  distanceM?: number;
  /** Metres above sea level, heart rate (bpm) and cadence (steps or strides a minute, as recorded). */
  ele?: number;
  hr?: number;
  cad?: number;
};

export type TrackSummary = {
  distanceM: number;
  movingSec?: number;
  elapsedSec?: number;
  /** Epoch milliseconds of the first and last timed points. */
  start?: number;
  end?: number;
  points: number;
  /** Points with a plausible time. */
  timedPoints: number;
};

/**
 * Slower than this between two points counts as standing still. gpxpy uses 1 km/h; GPS drift while
 * waiting at a crossing is often faster than that, and a steep trail hike is rarely slower than 1.8 km/h.
 */
export const MIN_MOVING_SPEED_MPS = 0.5;
/** Earlier times come from unset clocks (GPS week rollovers, 1901 from a zero 32-bit time), not runs. */
const EARLIEST_PLAUSIBLE_TIME = Date.UTC(1990, 0, 1);
const EARTH_RADIUS_M = 6_371_008.8;

export function isPlausibleTime(ms: number | undefined): ms is number {
  return ms !== undefined && Number.isFinite(ms) && ms >= EARLIEST_PLAUSIBLE_TIME;
}

/** Great-circle distance in metres (haversine on the mean Earth radius; within 0.5% of the ellipsoid). */
export function haversineM(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Sums each segment on its own: the gap between two segments is a pause (the device stopped recording),
 * so it adds neither distance nor moving time, but it does count in the elapsed time.
 */
export function summariseTrack(segments: readonly (readonly TrackPoint[])[]): TrackSummary {
  let distanceM = 0;
  let movingMs = 0;
  let points = 0;
  let start: number | undefined;
  let end: number | undefined;
  let timedPoints = 0;

  for (const segment of segments) {
    // The device's cumulative distance when the segment has one, carried over the points that lack it;
    // otherwise the positions, in order, over the points that have one. A point with neither still marks time.
    const byDistance = segment.some((point) => point.distanceM !== undefined);
    let last: TrackPoint | undefined;
    for (const point of segment) {
      points++;
      if (isPlausibleTime(point.time)) {
        timedPoints++;
        start = start === undefined ? point.time : Math.min(start, point.time);
        end = end === undefined ? point.time : Math.max(end, point.time);
      }
      const measured = byDistance ? point.distanceM !== undefined : point.lat !== undefined && point.lon !== undefined;
      if (!measured) continue;
      if (last) {
        const step = byDistance ? Math.max(0, point.distanceM! - last.distanceM!) : haversineM(last.lat!, last.lon!, point.lat!, point.lon!);
        distanceM += step;
        if (isPlausibleTime(last.time) && isPlausibleTime(point.time)) {
          const dt = point.time - last.time;
          if (dt > 0 && step / (dt / 1000) >= MIN_MOVING_SPEED_MPS) movingMs += dt;
        }
      }
      last = point;
    }
  }

  const summary: TrackSummary = { distanceM, points, timedPoints };
  if (timedPoints > 0 && start !== undefined && end !== undefined) {
    summary.start = start;
    summary.end = end;
    summary.elapsedSec = Math.round((end - start) / 1000);
    summary.movingSec = Math.round(movingMs / 1000);
  }
  return summary;
}
