// Issue 21: bytes on disk per run-hour for the stored samples (and the gzipped original file), and what
// a 10-year log at 5 hours a week comes to. `npx tsx bench/storage.ts`. A measurement, not a test.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "fflate";
import { parseFit } from "../lib/import/fit";
import { encodeSamples } from "../lib/track/codec";
import { syntheticRun } from "./support/track";

const HOURS_IN_TEN_YEARS = 10 * 52 * 5;

const synthetic = encodeSamples(syntheticRun(3600)).length;
const file = readFileSync(path.join(process.cwd(), "lib", "import", "fixtures", "python-fitparse", "activity-small-fenix2-run.fit"));
const [run] = parseFit(file);
const hours = (run!.elapsedSec ?? 1) / 3600;
const realSamples = encodeSamples(run!.samples!).length / hours;
const realOriginal = gzipSync(file, { level: 6 }).length / hours;
const mb = (bytes: number) => `${((bytes * HOURS_IN_TEN_YEARS) / 1e6).toFixed(0)} MB`;
console.log(`samples, synthetic hour (every column, 1 Hz): ${synthetic} bytes/run-hour, 10 years at 5 h/week: ${mb(synthetic)}`);
console.log(`samples, fenix 2 run (${hours.toFixed(2)} h): ${Math.round(realSamples)} bytes/run-hour, 10 years: ${mb(realSamples)}`);
console.log(`original FIT gzipped: ${Math.round(realOriginal)} bytes/run-hour, 10 years: ${mb(realOriginal)}`);
