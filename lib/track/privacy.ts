// The privacy zone (issue 21): a circle around a place the runner names (home), inside which the start
// and the end of a drawn or exported route are left out, so a shared route does not show the door.

import type { RunSamples } from "../import/samples";
import { sampleColumns } from "../import/samples";
import { haversineM } from "../import/track";

export type PrivacyZone = { lat: number; lon: number; radiusM: number };

const inside = (samples: RunSamples, i: number, zone: PrivacyZone) =>
  Number.isFinite(samples.lat[i]) && Number.isFinite(samples.lon[i]) && haversineM(zone.lat, zone.lon, samples.lat[i]!, samples.lon[i]!) < zone.radiusM;

/**
 * The samples without the leading and trailing points strictly inside the zone (a point exactly on the
 * circle stays). Points in the middle of the run are kept even inside it: the run passed by, it did not
 * start there. Without a zone, the samples as they are.
 */
export function trimToPrivacyZone(samples: RunSamples, zone: PrivacyZone | null): RunSamples {
  if (!zone) return samples;
  let from = 0;
  let to = samples.t.length;
  while (from < to && inside(samples, from, zone)) from++;
  while (to > from && inside(samples, to - 1, zone)) to--;
  if (from === 0 && to === samples.t.length) return samples;
  const trimmed: RunSamples = { ...samples, breaks: samples.breaks.filter((index) => index > from && index < to).map((index) => index - from) };
  for (const column of sampleColumns()) trimmed[column] = samples[column].slice(from, to);
  return trimmed;
}
