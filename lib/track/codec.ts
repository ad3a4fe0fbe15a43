// How a run's samples are stored (issue 21): each column rounded to what a watch can measure, written
// as the differences between points (small numbers that repeat), as JSON, then gzipped. About 15 kB a
// run-hour; see bench/storage.ts for the measured figure.

import { gunzipSync, gzipSync, strFromU8, strToU8 } from "fflate";
import { sampleColumns, type RunSamples, type SampleColumn } from "../import/samples";

/** Per column, the factor that makes its values whole numbers: 1e-6° is 11 cm, 0.1 m of distance or height. */
const SCALE: Record<SampleColumn, number> = { t: 1, lat: 1e6, lon: 1e6, dist: 10, ele: 10, hr: 1, cad: 1 };
const VERSION = 1;

type Stored = { v: number; start?: number; breaks: number[]; columns: Partial<Record<SampleColumn, (number | null)[]>> };

function deltas(values: readonly number[], scale: number): (number | null)[] {
  let last = 0;
  return values.map((value) => {
    if (!Number.isFinite(value)) return null;
    const whole = Math.round(value * scale);
    const delta = whole - last;
    last = whole;
    return delta;
  });
}

function undelta(values: readonly (number | null)[], scale: number): number[] {
  let last = 0;
  return values.map((delta) => {
    if (delta === null) return NaN;
    last += delta;
    return last / scale;
  });
}

export function encodeSamples(samples: RunSamples): Uint8Array {
  const columns: Stored["columns"] = {};
  // A column with no value at all (no heart-rate strap) is left out.
  for (const column of sampleColumns()) if (samples[column].some(Number.isFinite)) columns[column] = deltas(samples[column], SCALE[column]);
  const stored: Stored = { v: VERSION, start: samples.start, breaks: samples.breaks, columns };
  return gzipSync(strToU8(JSON.stringify(stored)), { level: 9 });
}

export function decodeSamples(bytes: Uint8Array): RunSamples {
  const stored = JSON.parse(strFromU8(gunzipSync(bytes))) as Stored;
  const length = Math.max(0, ...Object.values(stored.columns).map((column) => column?.length ?? 0));
  const column = (name: SampleColumn) => {
    const values = stored.columns[name];
    return values ? undelta(values, SCALE[name]) : Array.from({ length }, () => NaN);
  };
  const samples: RunSamples = {
    t: column("t"), lat: column("lat"), lon: column("lon"), dist: column("dist"), ele: column("ele"), hr: column("hr"), cad: column("cad"),
    breaks: stored.breaks ?? [],
  };
  if (stored.start !== undefined) samples.start = stored.start;
  return samples;
}

/** A run's samples as they go into the whole-log export: only the columns it has, gaps as null. */
export type ExportedSamples = { start?: number; breaks: number[]; columns: Partial<Record<SampleColumn, (number | null)[]>> };

export function exportedSamples(samples: RunSamples): ExportedSamples {
  const columns: ExportedSamples["columns"] = {};
  for (const column of sampleColumns()) {
    if (!samples[column].some(Number.isFinite)) continue;
    const scale = SCALE[column];
    columns[column] = samples[column].map((value) => (Number.isFinite(value) ? Math.round(value * scale) / scale : null));
  }
  return { ...(samples.start !== undefined ? { start: samples.start } : {}), breaks: samples.breaks, columns };
}
