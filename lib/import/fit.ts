// FIT activity files through Garmin's own SDK. The session message holds the device's totals (what
// the watch showed); the records are the fallback for files without one. A file whose checksum fails,
// whose header is broken or that is cut short is rejected whole, so it never imports half a run.

import { Decoder, Stream, type ActivityMesg, type RecordMesg, type SessionMesg } from "@garmin/fitsdk";
import type { RunType } from "../analysis/types";
import { expandCompressedTimestamps } from "./fit-compressed";
import { samplesOf, type RunSamples } from "./samples";
import { sportFields } from "./sport";
import { isPlausibleTime, summariseTrack, type TrackPoint, type TrackSummary } from "./track";
import { ImportError, type ParsedActivity } from "./types";

const SEMICIRCLES_TO_DEGREES = 180 / 2 ** 31;

/** True when the bytes carry the ".FIT" signature of a FIT header. */
export function looksLikeFit(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && String.fromCharCode(...bytes.subarray(8, 12)) === ".FIT";
}

type FitMessages = ReturnType<Decoder["read"]>["messages"];
type FitRead = { messages: FitMessages; warnings: string[] };

/** What the SDK's errors mean for a file whose checksum is good: these make its contents untrustworthy. */
const FATAL_DECODE_ERROR = /end of stream|not a FIT file|CRC/i;

function readMessages(bytes: Uint8Array) {
  return new Decoder(Stream.fromByteArray(bytes)).read({ mergeHeartRates: false, includeUnknownData: false, decodeMemoGlobs: false });
}

/**
 * Decodes the file or throws an ImportError that says what is wrong with it. Only a bad checksum, a bad
 * header or a file cut short is refused: another decoding error in a file whose checksum is good (a
 * message the SDK does not know how to read) keeps what was decoded when it has a session.
 */
export function readFit(bytes: Uint8Array): FitRead {
  if (!looksLikeFit(bytes)) throw new ImportError("not a FIT file: its header has no .FIT signature");
  const decoder = new Decoder(Stream.fromByteArray(bytes));
  if (!decoder.checkIntegrity()) {
    const headerSize = bytes[0] ?? 0;
    const dataSize = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
    const expected = headerSize + dataSize + 2;
    if (bytes.length < expected) {
      throw new ImportError(`FIT file is cut short: ${bytes.length} of its ${expected} bytes are there (an interrupted download or copy?)`);
    }
    throw new ImportError("FIT file is corrupt: its checksum does not match its contents");
  }
  let { messages, errors } = readMessages(bytes);
  // Older watches write compressed time stamps, which the SDK cannot read: they are written out in full.
  if (errors[0] && /compressed timestamp/i.test(errors[0].message)) ({ messages, errors } = readMessages(expandCompressedTimestamps(bytes)));
  const error = errors[0];
  if (!error) return { messages, warnings: [] };
  if (FATAL_DECODE_ERROR.test(error.message) || !messages.sessionMesgs?.length) throw new ImportError(describeDecodeError(error.message));
  const reason = error.message.replace(/^FIT Runtime Error\s*/i, "");
  return { messages, warnings: [`part of the file could not be decoded (${reason}), so only what came before it was read`] };
}

export function decodeFit(bytes: Uint8Array): FitMessages {
  return readFit(bytes).messages;
}

function describeDecodeError(message: string): string {
  const eof = /end of stream at byte (\d+)/i.exec(message);
  if (eof) return `FIT file ends unexpectedly at byte ${eof[1]} (it looks truncated)`;
  const header = /at byte (\d+) input is not a FIT file/i.exec(message);
  if (header) return `FIT file is corrupt: the header at byte ${header[1]} is not a FIT header`;
  return `FIT file is corrupt: ${message.replace(/^FIT Runtime Error\s*/i, "")}`;
}

function isoOf(value: unknown): string | undefined {
  const ms = value instanceof Date ? value.getTime() : undefined;
  return isPlausibleTime(ms) ? new Date(ms).toISOString() : undefined;
}

function secondsOf(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined;
}

/**
 * The records as track points: one segment, as FIT records carry the device's cumulative distance. The
 * distance is the highest the device recorded (records without one carry the last forward); without any,
 * the positions are measured in order, over the records that have one (Suunto alternates GPS and non-GPS
 * records). `from` and `to` pick one session's records out of a multisport file.
 */
export function summariseFitRecords(records: readonly RecordMesg[], from?: number, to?: number): TrackSummary {
  const { points, before, highest } = fitPoints(records, from, to);
  const summary = summariseTrack([points]);
  if (highest === undefined) return summary;
  // A later session of a multisport file counts on from the one before, unless the device started again at 0.
  const first = points.find((point) => point.distanceM !== undefined)?.distanceM ?? 0;
  const base = before === undefined ? 0 : Math.min(before, first);
  return { ...summary, distanceM: Math.max(highest - base, summary.distanceM) };
}

const finiteOf = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

/** The records between `from` and `to` as track points, the distance recorded before them, and the highest. */
function fitPoints(records: readonly RecordMesg[], from?: number, to?: number) {
  const points: TrackPoint[] = [];
  let before: number | undefined;
  let highest: number | undefined;
  for (const record of records) {
    const time = record.timestamp instanceof Date ? record.timestamp.getTime() : undefined;
    const distance = finiteOf(record.distance);
    if (time !== undefined && from !== undefined && time < from) {
      before = distance ?? before;
      continue;
    }
    if (time !== undefined && to !== undefined && time >= to) continue;
    const point: TrackPoint = { time };
    if (distance !== undefined) {
      point.distanceM = distance;
      highest = Math.max(highest ?? 0, distance);
    }
    if (typeof record.positionLat === "number" && typeof record.positionLong === "number") {
      point.lat = record.positionLat * SEMICIRCLES_TO_DEGREES;
      point.lon = record.positionLong * SEMICIRCLES_TO_DEGREES;
    }
    const ele = finiteOf(record.enhancedAltitude) ?? finiteOf(record.altitude);
    if (ele !== undefined) point.ele = ele;
    const hr = finiteOf(record.heartRate);
    if (hr !== undefined) point.hr = hr;
    const cad = finiteOf(record.cadence);
    if (cad !== undefined) point.cad = cad;
    points.push(point);
  }
  return { points, before, highest };
}

/** One session's records as samples, its distance counted from its own start. */
function fitSamples(records: readonly RecordMesg[], from?: number, to?: number): RunSamples | undefined {
  const { points } = fitPoints(records, from, to);
  const base = points.find((point) => point.distanceM !== undefined)?.distanceM ?? 0;
  return samplesOf([points.map((point) => (point.distanceM === undefined ? point : { ...point, distanceM: point.distanceM - base }))]);
}

/** FIT splits trail, treadmill and virtual runs out as sub-sports of running. */
function fitSport(sport: unknown, subSport: unknown): { sport: string; runType: RunType | null; warnings: string[] } {
  const fields = sportFields(sport === undefined ? undefined : String(sport));
  if (fields.runType === null || fields.sport !== "running") return fields;
  const sub = String(subSport ?? "");
  const runType: RunType = sub === "trail" ? "trail" : ["treadmill", "indoorRunning", "virtualActivity"].includes(sub) ? "treadmill" : "other";
  return { ...fields, sport: sub && sub !== "generic" ? `running (${sub})` : "running", runType };
}

/** Seconds from 1970 to the FIT epoch, 1989-12-31T00:00:00Z. */
const FIT_EPOCH_S = 631_065_600;
const MAX_OFFSET_MIN = 14 * 60;

/**
 * The local time's offset from UTC in minutes, from the activity message: its local_timestamp is the
 * same moment as its timestamp, on the wall clock where it was recorded. Undefined when it is missing
 * or not a real time-zone offset.
 */
export function fitUtcOffsetMin(activity: ActivityMesg | undefined): number | undefined {
  if (!activity || !(activity.timestamp instanceof Date)) return undefined;
  const local = activity.localTimestamp;
  const localS = local instanceof Date ? local.getTime() / 1000 : typeof local === "number" ? local + FIT_EPOCH_S : undefined;
  if (localS === undefined || !Number.isFinite(localS)) return undefined;
  const offset = Math.round((localS - activity.timestamp.getTime() / 1000) / 60);
  // Zones are whole quarter hours; anything else is a clock that was not set.
  return Math.abs(offset) <= MAX_OFFSET_MIN && offset % 15 === 0 ? offset : undefined;
}

function fromSession(session: SessionMesg, records: readonly RecordMesg[], nextStart: number | undefined, first: boolean): ParsedActivity {
  const startInstant = isoOf(session.startTime);
  const start = startInstant ? Date.parse(startInstant) : undefined;
  let distanceM = typeof session.totalDistance === "number" ? session.totalDistance : undefined;
  const warnings: string[] = [];
  if (distanceM === undefined) {
    // This session's records run to the next session's start; the last lap can end after start + elapsed.
    distanceM = summariseFitRecords(records, first ? undefined : start, nextStart).distanceM;
    warnings.push("the session has no total distance, so it was measured from the recorded points");
  }
  const sport = fitSport(session.sport, session.subSport);
  return {
    ...sport,
    warnings: [...sport.warnings, ...warnings],
    startInstant,
    distanceKm: distanceM / 1000,
    movingSec: secondsOf(session.totalTimerTime) ?? secondsOf(session.totalMovingTime),
    elapsedSec: secondsOf(session.totalElapsedTime),
    samples: fitSamples(records, first ? undefined : start, nextStart),
  };
}

/** One activity per session (a multisport file has several); non-run sessions come back with runType null. */
export function parseFit(bytes: Uint8Array): ParsedActivity[] {
  const { messages, warnings } = readFit(bytes);
  const type = messages.fileIdMesgs?.[0]?.type;
  if (type !== undefined && String(type) !== "activity") {
    throw new ImportError(`FIT file holds a ${String(type)}, not a recorded activity`);
  }
  const records = messages.recordMesgs ?? [];
  const sessions = messages.sessionMesgs ?? [];
  const offset = fitUtcOffsetMin(messages.activityMesgs?.[0]);
  const withFile = (activity: ParsedActivity): ParsedActivity => ({
    ...activity,
    warnings: [...activity.warnings, ...warnings],
    ...(offset !== undefined ? { utcOffsetMin: offset } : {}),
  });
  if (sessions.length > 0) {
    const starts = sessions.map((session) => (session.startTime instanceof Date ? session.startTime.getTime() : undefined));
    return sessions.map((session, i) => withFile(fromSession(session, records, starts.slice(i + 1).find((time) => time !== undefined), i === 0)));
  }
  if (records.length === 0) throw new ImportError("FIT file has no session and no records: there is no activity in it");

  const summary = summariseFitRecords(records);
  const sport = messages.sportMesgs?.[0];
  const fields = fitSport(sport?.sport, sport?.subSport);
  return [
    withFile({
      ...fields,
      warnings: [...fields.warnings, "the file has no session summary, so distance and times were measured from its records"],
      startInstant: summary.start !== undefined ? new Date(summary.start).toISOString() : undefined,
      distanceKm: summary.distanceM / 1000,
      movingSec: summary.movingSec,
      elapsedSec: summary.elapsedSec,
      samples: fitSamples(records),
    }),
  ];
}
