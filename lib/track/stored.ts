// A run's samples as the importer hands them from its worker thread to the server (issue 21): already
// encoded (lib/track/codec.ts), with the ascent and descent worked out, so what crosses the worker
// boundary is a few kilobytes a run-hour and the server's thread does no more than write them.

import type { RunSamples } from "../import/samples";
import { elevationSteps } from "./analysis";
import { encodeSamples } from "./codec";

export type StoredTrack = {
  /** The encoded, gzipped columns. */
  samples: Uint8Array;
  points: number;
  /** Null when the file recorded no heights. */
  ascentM: number | null;
  descentM: number | null;
};

/** An uploaded file as it is kept beside its runs: gzipped, with the name it was uploaded under. */
export type GzippedFile = { name: string; gzipped: Uint8Array };

export function storeTrack(samples: RunSamples): StoredTrack {
  let ascent = 0;
  let descent = 0;
  for (const { change } of elevationSteps(samples.ele, samples.t)) {
    if (change > 0) ascent += change;
    else descent -= change;
  }
  const hasEle = samples.ele.some(Number.isFinite);
  return {
    samples: encodeSamples(samples),
    points: samples.t.length,
    ascentM: hasEle ? Math.round(ascent) : null,
    descentM: hasEle ? Math.round(descent) : null,
  };
}

/** The track row of a run being created from a file: its samples and, for a single file, the file. */
export function trackRow(runId: string, track: StoredTrack, original: GzippedFile | undefined) {
  return {
    runId,
    samples: new Uint8Array(track.samples),
    points: track.points,
    original: original ? new Uint8Array(original.gzipped) : null,
    originalName: original?.name ?? null,
  };
}
