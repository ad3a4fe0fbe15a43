// A synthetic run for the benchmarks (issue 21): what a watch records, one point a second.
import { samplesOf } from "../../lib/import/samples";

/** `seconds` at 1 Hz with every column a watch records: a wandering route, rolling hills, GPS noise. */
export function syntheticRun(seconds: number) {
  const start = Date.UTC(2026, 0, 1, 7);
  let lat = 46;
  let lon = 14;
  let dist = 0;
  let seed = 1;
  const noise = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5);
  const points = Array.from({ length: seconds }, (_, i) => {
    const heading = i / 300;
    const step = 2.8 + noise() * 0.4;
    lat += (step * Math.cos(heading)) / 111_195 + noise() * 2e-6;
    lon += (step * Math.sin(heading)) / 77_000 + noise() * 2e-6;
    dist += step;
    return { time: start + i * 1000, lat, lon, distanceM: dist, ele: 300 + 40 * Math.sin(i / 400) + noise(), hr: Math.round(140 + 15 * Math.sin(i / 600) + noise() * 4), cad: Math.round(85 + noise() * 4) };
  });
  return samplesOf([points])!;
}
