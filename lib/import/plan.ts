// From parsed activities to the runs the importer writes: the runner's local date, validation through
// the same schema as the run form, and the duplicate rule. Pure, so all of it is unit-tested.

import { localDateOf } from "../analysis/dates";
import { formatIssuePath } from "../log-format/parse";
import type { RunType } from "../analysis/types";
import { MAX_SHOE_NAME_CHARS } from "../validation/limits";
import { makeRunInputSchema, type PainInput } from "../validation/run";
import { wallClockTime } from "../zoned-time";
import type { ParsedActivity } from "./types";
import { storeTrack, type StoredTrack } from "../track/stored";

/** A run ready to write: validated, in the data layer's units, with what identifies it as a duplicate. */
export type RunCandidate = {
  label: string;
  date: string;
  /** The exact start (whole seconds); the form's HH:MM would lose the seconds the duplicate rule needs. */
  startAt?: Date;
  startTime?: string;
  distanceM: number;
  durationSec?: number;
  type: RunType;
  rpe?: number;
  notes?: string;
  pain: PainInput[];
  shoeName?: string;
  sourceId?: string;
  /** The file's time series, kept for the run's page (issue 21). */
  track?: StoredTrack;
  warnings: string[];
};

export type Planned<T> = { ok: true; value: T } | { ok: false; reason: string };

/** The issue's rule: the same start within 60 s and the same distance within 2%, or the same source id. */
export const DUPLICATE_START_SECONDS = 60;
export const DUPLICATE_DISTANCE_SHARE = 0.02;

/** Validates the run with the run form's schema; the reason is the schema's first message. */
export function validateRun(candidate: RunCandidate, today: string): Planned<RunCandidate> {
  const result = makeRunInputSchema(today).safeParse({
    date: candidate.date,
    startTime: candidate.startTime,
    distanceKm: candidate.distanceM / 1000,
    durationSec: candidate.durationSec,
    type: candidate.type,
    rpe: candidate.rpe,
    notes: candidate.notes,
    pain: candidate.pain,
  });
  if (result.success) return { ok: true, value: { ...candidate, pain: result.data.pain } };
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? formatIssuePath(issue.path) : undefined;
  return { ok: false, reason: `${field ? `${field}: ` : ""}${issue?.message ?? "is not a valid run"}` };
}

/** The samples as they are stored: encoded by the import worker, or here (the analyse command, tests). */
function trackOf(activity: ParsedActivity): { track?: StoredTrack } {
  if (activity.track) return { track: activity.track };
  return activity.samples ? { track: storeTrack(activity.samples) } : {};
}

/** The local date and HH:MM of an instant: at the file's own UTC offset when it has one, else in the zone. */
export function localDateAndTime(instant: Date, timeZone: string, utcOffsetMin?: number): { date: string; time: string } {
  if (utcOffsetMin === undefined) return { date: localDateOf(instant, timeZone), time: wallClockTime(instant, timeZone) };
  const shifted = new Date(instant.getTime() + utcOffsetMin * 60_000);
  return { date: localDateOf(shifted, "UTC"), time: wallClockTime(shifted, "UTC") };
}

/**
 * Dates the activity at the offset the file recorded (FIT), else in the runner's time zone (GPX and TCX
 * times are UTC). Without a start it falls back to the file's own time,
 * then to the day of the import, and says so in a warning.
 */
export function planActivity(
  label: string,
  activity: ParsedActivity,
  options: { timezone: string; today: string },
): Planned<RunCandidate> {
  const distanceM = Math.round(activity.distanceKm * 1000);
  if (!(distanceM > 0)) return { ok: false, reason: "no distance recorded (the track has no points that moved)" };
  const warnings = [...activity.warnings];
  let date: string;
  let startAt: Date | undefined;
  let startTime: string | undefined;
  if (activity.startInstant) {
    startAt = new Date(Math.round(Date.parse(activity.startInstant) / 1000) * 1000);
    ({ date, time: startTime } = localDateAndTime(startAt, options.timezone, activity.utcOffsetMin));
  } else if (activity.fileTime) {
    date = localDateOf(activity.fileTime, options.timezone);
    warnings.push(`dated ${date} from the time written in the file`);
  } else {
    date = options.today;
    warnings.push(`the file has no date, so the run is dated today, ${date}: edit it if that is wrong`);
  }
  const seconds = [activity.movingSec, activity.elapsedSec].find((value) => value !== undefined && value > 0);
  return validateRun(
    {
      label,
      date,
      startAt,
      startTime,
      distanceM,
      durationSec: seconds,
      type: activity.runType ?? "other",
      notes: activity.notes,
      pain: [],
      shoeName: activity.shoeName?.trim().slice(0, MAX_SHOE_NAME_CHARS) || undefined,
      sourceId: activity.sourceId,
      ...trackOf(activity),
      warnings,
    },
    options.today,
  );
}

export type ExistingRun = { id: string; startAt: Date | null; distanceM: number; sourceId: string | null };
type Identity = { id?: string; startAt?: Date | null; distanceM: number; sourceId?: string | null };

/** The runs already in the account (and those imported so far), indexed by minute and by source id. */
export class DuplicateIndex {
  private readonly byMinute = new Map<number, Identity[]>();
  private readonly ids = new Set<string>();

  constructor(rows: readonly ExistingRun[] = []) {
    rows.forEach((row) => this.add(row));
  }

  add(run: Identity): void {
    if (run.sourceId) this.ids.add(`source:${run.sourceId}`);
    if (run.id) this.ids.add(`id:${run.id}`);
    if (!run.startAt) return;
    const minute = Math.floor(run.startAt.getTime() / 60_000);
    this.byMinute.set(minute, [...(this.byMinute.get(minute) ?? []), run]);
  }

  /** `id` is a run id from a stridewise-log file: the account's own export names its runs by their ids. */
  has(run: Identity): boolean {
    if (run.sourceId && this.ids.has(`source:${run.sourceId}`)) return true;
    if (run.id && this.ids.has(`id:${run.id}`)) return true;
    if (!run.startAt) return false;
    const time = run.startAt.getTime();
    const minute = Math.floor(time / 60_000);
    for (const nearby of [minute - 1, minute, minute + 1]) {
      for (const other of this.byMinute.get(nearby) ?? []) {
        const sameStart = Math.abs(other.startAt!.getTime() - time) <= DUPLICATE_START_SECONDS * 1000;
        const sameDistance = Math.abs(other.distanceM - run.distanceM) <= DUPLICATE_DISTANCE_SHARE * Math.max(other.distanceM, run.distanceM);
        if (sameStart && sameDistance) return true;
      }
    }
    return false;
  }
}

/** The time window and source ids to look up existing runs for, once per file. */
export function duplicateQuery(candidates: readonly Pick<RunCandidate, "startAt" | "sourceId">[]) {
  let first = Infinity;
  let last = -Infinity;
  for (const candidate of candidates) {
    const time = candidate.startAt?.getTime();
    if (time === undefined) continue;
    first = Math.min(first, time);
    last = Math.max(last, time);
  }
  const margin = DUPLICATE_START_SECONDS * 1000;
  return {
    from: first <= last ? new Date(first - margin) : undefined,
    to: first <= last ? new Date(last + margin) : undefined,
    sourceIds: [...new Set(candidates.flatMap((candidate) => (candidate.sourceId ? [candidate.sourceId] : [])))],
  };
}

/** The Run columns for a planned run: one mapping for the importer's writes and the round-trip test. */
export function runColumns(run: RunCandidate) {
  return {
    localDate: run.date,
    startAt: run.startAt ?? null,
    startTime: run.startTime ?? null,
    distanceM: run.distanceM,
    durationS: run.durationSec ?? null,
    type: run.type,
    rpe: run.rpe ?? null,
    notes: run.notes ?? null,
    sourceId: run.sourceId ?? null,
  };
}
