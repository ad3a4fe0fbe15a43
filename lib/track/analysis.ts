// What the run's page shows from its samples (issue 21): distance along the track, moving and elapsed
// time, ascent and descent, per-km (or per-mile) splits, the elevation profile and the heart rate.

import type { RunSamples } from "../import/samples";
import { haversineM, MIN_MOVING_SPEED_MPS } from "../import/track";

/**
 * A climb or a drop counts once the height has moved this far from the last turning point: GPS and
 * barometer noise of a metre or two on the flat would otherwise add up to hundreds of metres a run.
 */
export const ELEVATION_THRESHOLD_M = 3;

/**
 * A height that moves further than this between two timed readings (10 m, plus 5 m for each second
 * between them) is the device, not the runner: a barometer settling after the watch starts, a GPS
 * height fix, a recalibration. The fastest uphill runners climb about 0.5 m/s and the steepest
 * descents stay well under 5 m/s, so no run reaches it. Such a jump is left out of the climb and
 * the descent, and the counting goes on from the new height. Without times (a GPX drawn on a map)
 * nothing says how fast the height changed, and every change counts.
 */
const JUMP_BASE_M = 10;
const JUMP_PER_SECOND_M = 5;

export type Split = {
  /** 1, 2, ...; the last split may be shorter than a whole unit. */
  index: number;
  distanceM: number;
  movingSec: number;
  ascentM: number;
  descentM: number;
  /** Mean heart rate of the points in the split, or null without a heart-rate strap. */
  avgHr: number | null;
};

export type TrackAnalysis = {
  distanceM: number;
  movingSec: number | null;
  elapsedSec: number | null;
  ascentM: number | null;
  descentM: number | null;
  avgHr: number | null;
  maxHr: number | null;
  splits: Split[];
  /** Distance along the track at each sample, in metres. */
  along: number[];
};

/** Distance along the track: the device's own where it recorded one, otherwise measured between positions. */
export function distanceAlong(samples: RunSamples): number[] {
  const byDevice = samples.dist.some(Number.isFinite);
  const breaks = new Set(samples.breaks);
  const along: number[] = [];
  let total = 0;
  let lastIndex = -1;
  for (let i = 0; i < samples.t.length; i++) {
    if (byDevice) {
      if (Number.isFinite(samples.dist[i])) total = Math.max(total, samples.dist[i]!);
    } else if (Number.isFinite(samples.lat[i]) && Number.isFinite(samples.lon[i])) {
      // A new segment starts after a pause: the gap to it is not run.
      if (lastIndex >= 0 && !breaks.has(i)) total += haversineM(samples.lat[lastIndex]!, samples.lon[lastIndex]!, samples.lat[i]!, samples.lon[i]!);
      lastIndex = i;
    }
    along.push(total);
  }
  return along;
}

/**
 * Ascent and descent with a dead band, jumps left out (above): each returned step says at which
 * sample a change was counted. `t` is each sample's seconds (NaN where unknown).
 */
export function elevationSteps(ele: readonly number[], t: readonly number[]): { index: number; change: number }[] {
  const steps: { index: number; change: number }[] = [];
  let reference: number | undefined;
  let last: { value: number; index: number } | undefined;
  ele.forEach((value, index) => {
    if (!Number.isFinite(value)) return;
    const previous = last;
    last = { value, index };
    if (reference === undefined || previous === undefined) {
      reference = value;
      return;
    }
    const seconds = t[index]! - t[previous.index]!;
    const jump = value - previous.value;
    if (Number.isFinite(seconds) && Math.abs(jump) > JUMP_BASE_M + JUMP_PER_SECOND_M * Math.max(1, seconds)) {
      reference += jump;
      return;
    }
    if (Math.abs(value - reference) >= ELEVATION_THRESHOLD_M) {
      steps.push({ index, change: value - reference });
      reference = value;
    }
  });
  return steps;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function analyseTrack(samples: RunSamples, splitM: number): TrackAnalysis {
  const along = distanceAlong(samples);
  const timed = samples.t.some(Number.isFinite);
  const breaks = new Set(samples.breaks);
  const splits: Split[] = [];
  const splitOf = (metres: number) => Math.floor(metres / splitM);
  const ensure = (index: number): Split => {
    while (splits.length <= index) splits.push({ index: splits.length + 1, distanceM: 0, movingSec: 0, ascentM: 0, descentM: 0, avgHr: null });
    return splits[index]!;
  };
  ensure(0);

  let movingSec = 0;
  for (let i = 1; i < samples.t.length; i++) {
    const dt = samples.t[i]! - samples.t[i - 1]!;
    const dd = along[i]! - along[i - 1]!;
    if (breaks.has(i) || !(dt > 0) || dd / dt < MIN_MOVING_SPEED_MPS) continue;
    movingSec += dt;
    // A step that crosses a split's end is shared between the two by distance.
    let from = along[i - 1]!;
    while (from < along[i]!) {
      const index = splitOf(from);
      const to = Math.min(along[i]!, (index + 1) * splitM);
      ensure(index).movingSec += (dt * (to - from)) / dd;
      from = to;
    }
  }

  let ascentM = 0;
  let descentM = 0;
  for (const { index, change } of elevationSteps(samples.ele, samples.t)) {
    const split = ensure(Math.min(splitOf(along[index]!), splitOf(Math.max(0, along.at(-1)! - 1e-9))));
    if (change > 0) {
      ascentM += change;
      split.ascentM += change;
    } else {
      descentM -= change;
      split.descentM -= change;
    }
  }

  const hrSums = new Map<number, { sum: number; count: number }>();
  const hrs = samples.hr.filter(Number.isFinite);
  samples.hr.forEach((hr, i) => {
    if (!Number.isFinite(hr)) return;
    const index = Math.min(splitOf(along[i]!), splitOf(Math.max(0, along.at(-1)! - 1e-9)));
    const entry = hrSums.get(index) ?? { sum: 0, count: 0 };
    hrSums.set(index, { sum: entry.sum + hr, count: entry.count + 1 });
  });

  // Rounded to the decimetre first, so 2000.0000001 m of measured track is two splits, not three.
  const distanceM = round1(along.at(-1) ?? 0);
  const whole = splitOf(distanceM);
  const result = splits.slice(0, Math.max(1, Math.ceil(distanceM / splitM))).map((split, i) => {
    const hr = hrSums.get(i);
    return {
      ...split,
      distanceM: round1(i < whole ? splitM : distanceM - whole * splitM),
      movingSec: Math.round(split.movingSec),
      ascentM: round1(split.ascentM),
      descentM: round1(split.descentM),
      avgHr: hr ? Math.round(hr.sum / hr.count) : null,
    };
  });
  const hasEle = samples.ele.some(Number.isFinite);
  const times = samples.t.filter(Number.isFinite);
  return {
    distanceM,
    movingSec: timed ? Math.round(movingSec) : null,
    elapsedSec: times.length > 1 ? times.at(-1)! - times[0]! : null,
    ascentM: hasEle ? round1(ascentM) : null,
    descentM: hasEle ? round1(descentM) : null,
    avgHr: hrs.length ? Math.round(hrs.reduce((a, b) => a + b, 0) / hrs.length) : null,
    maxHr: hrs.length ? hrs.reduce((a, b) => Math.max(a, b)) : null,
    splits: result,
    along,
  };
}
