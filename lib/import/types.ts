// What every activity parser returns: a plain object, the same for GPX, TCX, FIT and Strava rows,
// so the importer and the analyse command treat all formats alike.

import type { RunType } from "../analysis/types";
import type { StoredTrack } from "../track/stored";
import type { RunSamples } from "./samples";

export type ParsedActivity = {
  /** A stable id from the source (Strava's activity id), used to skip an activity imported before. */
  sourceId?: string;
  name?: string;
  /** The sport as the file names it ("running", "cycling", ...) or "not stated", for the report. */
  sport: string;
  /** The run type to log it as, or null when it is not a run (it is then skipped, and counted). */
  runType: RunType | null;
  /** The start as an ISO 8601 UTC instant; absent when the file has no usable time stamps. */
  startInstant?: string;
  /**
   * Minutes the wall clock where the run was recorded was ahead of UTC, when the file says (FIT's
   * local_timestamp). The run's date and start time are then that local one, not the runner's zone's.
   */
  utcOffsetMin?: number;
  /** A time from the file's metadata (not from the track), good enough for a date when there is no start. */
  fileTime?: string;
  distanceKm: number;
  /** Timer or moving time: pauses left out. */
  movingSec?: number;
  /** From start to finish, pauses included. */
  elapsedSec?: number;
  shoeName?: string;
  notes?: string;
  /** The recorded time series, one point a second at most (absent for a Strava row without its file). */
  samples?: RunSamples;
  /** The samples encoded, as the import worker hands them over (lib/import/parse-job.ts); `samples` is then absent. */
  track?: StoredTrack;
  /** Things the runner should know about how the file was read, one line each. */
  warnings: string[];
};

/** A file (or one activity in an export) that cannot be imported; the message is one line for the report. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message.replace(/\s+/g, " ").trim());
    this.name = "ImportError";
  }
}

/** The message to show for anything a parser threw: its own reason, or a generic one (never a stack). */
export function describeImportFailure(error: unknown, what = "the file"): string {
  if (error instanceof ImportError) return error.message;
  return `could not read ${what}: it is corrupt or not in a format Stridewise reads`;
}
