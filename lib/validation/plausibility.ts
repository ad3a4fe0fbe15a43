// A run far outside the runner's own range is usually a typo (500 for 5.00 km, 0:45 for 45:00). Saving
// one flattens every chart and makes the review say "+2409%", so the run form asks before it saves.
// The API does not ask: a script knows what it sends.
import { formatDistance, type DistanceUnits } from "../advice/format";

/** More than three times the longest run of the 30 days before it. */
export const PLAUSIBLE_MAX_RATIO = 3;

// World records on the road and track (men's, the faster), in metres and seconds: a run faster than the
// record for its distance is a typo. Between two distances the record time is interpolated on a log-log
// scale (record pace slows smoothly with distance); past the 24-hour record the 24-hour pace is the limit.
const RECORDS: [metres: number, seconds: number][] = [
  [100, 9.58],
  [200, 19.19],
  [400, 43.03],
  [800, 100.91],
  [1500, 206.0],
  [1609.344, 223.13],
  [3000, 440.67],
  [5000, 755.36],
  [10000, 1571.0],
  [21097.5, 3451],
  [42195, 7235],
  [100000, 21941],
  [319614, 86400],
];

/** The world-record time for a distance in metres (the 100 m pace below 100 m). */
export function recordSeconds(metres: number): number {
  const first = RECORDS[0]!;
  if (metres <= first[0]) return (first[1] * metres) / first[0];
  for (let i = 1; i < RECORDS.length; i++) {
    const [d1, t1] = RECORDS[i - 1]!;
    const [d2, t2] = RECORDS[i]!;
    if (metres <= d2) {
      const k = Math.log(t2 / t1) / Math.log(d2 / d1);
      return t1 * (metres / d1) ** k;
    }
  }
  const last = RECORDS[RECORDS.length - 1]!;
  return (last[1] * metres) / last[0];
}

export type PlausibilityInput = {
  metres: number;
  seconds: number | null;
  /** The longest run of the 30 days before this one's date, in metres; 0 when there is none. */
  longest30Metres: number;
  units: DistanceUnits;
};

/** The question to ask before saving, or null when the run looks like the runner's own. */
export function implausibleRunQuestion(input: PlausibilityInput): string | null {
  const distance = formatDistance(input.metres / 1000, input.units);
  if (input.seconds !== null && input.seconds > 0 && input.seconds < recordSeconds(input.metres)) {
    return `Is ${distance} in that time right? It would be faster than the world record for the distance.`;
  }
  if (input.longest30Metres > 0 && input.metres > PLAUSIBLE_MAX_RATIO * input.longest30Metres) {
    const longest = formatDistance(input.longest30Metres / 1000, input.units);
    const times = Math.floor((input.metres / input.longest30Metres) * 10) / 10;
    return `Is ${distance} right? That is ${times} times your longest run of the 30 days before it (${longest}).`;
  }
  return null;
}
