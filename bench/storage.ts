// Issue 21: bytes on disk per run-hour for the stored samples (and the gzipped original file), and what
// a 10-year log at 5 hours a week comes to. `npx tsx bench/storage.ts`. A measurement, not a test.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "fflate";
import { parseFit } from "../lib/import/fit";
import { samplesOf } from "../lib/import/samples";
import { encodeSamples } from "../lib/track/codec";

const HOURS_IN_TEN_YEARS = 10 * 52 * 5;

/** An hour at 1 Hz with every column a watch records: a wandering route, rolling hills, GPS noise. */
function syntheticHour() {
  const start = Date.UTC(2026, 0, 1, 7);
  let lat = 46;
  let lon = 14;
  let dist = 0;
  let seed = 1;
  const noise = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5);
  const points = Array.from({ length: 3600 }, (_, i) => {
    const heading = i / 300;
    const step = 2.8 + noise() * 0.4;
    lat += (step * Math.cos(heading)) / 111_195 + noise() * 2e-6;
    lon += (step * Math.sin(heading)) / 77_000 + noise() * 2e-6;
    dist += step;
    return { time: start + i * 1000, lat, lon, distanceM: dist, ele: 300 + 40 * Math.sin(i / 400) + noise(), hr: Math.round(140 + 15 * Math.sin(i / 600) + noise() * 4), cad: Math.round(85 + noise() * 4) };
  });
  return samplesOf([points])!;
}

const synthetic = encodeSamples(syntheticHour()).length;
const file = readFileSync(path.join(process.cwd(), "lib", "import", "fixtures", "python-fitparse", "activity-small-fenix2-run.fit"));
const [run] = parseFit(file);
const hours = (run!.elapsedSec ?? 1) / 3600;
const realSamples = encodeSamples(run!.samples!).length / hours;
const realOriginal = gzipSync(file, { level: 6 }).length / hours;
const mb = (bytes: number) => `${((bytes * HOURS_IN_TEN_YEARS) / 1e6).toFixed(0)} MB`;
console.log(`samples, synthetic hour (every column, 1 Hz): ${synthetic} bytes/run-hour, 10 years at 5 h/week: ${mb(synthetic)}`);
console.log(`samples, fenix 2 run (${hours.toFixed(2)} h): ${Math.round(realSamples)} bytes/run-hour, 10 years: ${mb(realSamples)}`);
console.log(`original FIT gzipped: ${Math.round(realOriginal)} bytes/run-hour, 10 years: ${mb(realOriginal)}`);
