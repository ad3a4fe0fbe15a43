// FIT activity files through Garmin's own SDK. The session message holds the device's totals (what
// the watch showed); the records are the fallback for files without one. A file the SDK reports any
// error for is rejected whole, so a cut-short file never imports half a run.

import { Decoder, Stream, type RecordMesg, type SessionMesg } from "@garmin/fitsdk";
import type { RunType } from "../analysis/types";
import { sportFields } from "./sport";
import { isPlausibleTime, summariseTrack, type TrackPoint, type TrackSummary } from "./track";
import { ImportError, type ParsedActivity } from "./types";

const SEMICIRCLES_TO_DEGREES = 180 / 2 ** 31;

/** True when the bytes carry the ".FIT" signature of a FIT header. */
export function looksLikeFit(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && String.fromCharCode(...bytes.subarray(8, 12)) === ".FIT";
}

type FitMessages = ReturnType<Decoder["read"]>["messages"];

/** Decodes the file or throws an ImportError that says what is wrong with it. */
export function decodeFit(bytes: Uint8Array): FitMessages {
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
  const { messages, errors } = decoder.read({ mergeHeartRates: false, includeUnknownData: false, decodeMemoGlobs: false });
  const error = errors[0];
  if (error) throw new ImportError(describeDecodeError(error.message));
  return messages;
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

/** The records as track points: one segment, as FIT records carry the device's cumulative distance. */
export function summariseFitRecords(records: readonly RecordMesg[], from?: number, to?: number): TrackSummary {
  const points: TrackPoint[] = [];
  for (const record of records) {
    const time = record.timestamp instanceof Date ? record.timestamp.getTime() : undefined;
    if (time !== undefined && ((from !== undefined && time < from) || (to !== undefined && time > to))) continue;
    const point: TrackPoint = { time };
    if (typeof record.distance === "number") point.distanceM = record.distance;
    if (typeof record.positionLat === "number" && typeof record.positionLong === "number") {
      point.lat = record.positionLat * SEMICIRCLES_TO_DEGREES;
      point.lon = record.positionLong * SEMICIRCLES_TO_DEGREES;
    }
    points.push(point);
  }
  // Some devices (Suunto) leave record distance out; then every point falls back to its position.
  if (points.some((point) => point.distanceM === undefined)) points.forEach((point) => delete point.distanceM);
  return summariseTrack([points]);
}

/** FIT splits trail, treadmill and virtual runs out as sub-sports of running. */
function fitSport(sport: unknown, subSport: unknown): { sport: string; runType: RunType | null; warnings: string[] } {
  const fields = sportFields(sport === undefined ? undefined : String(sport));
  if (fields.runType === null || fields.sport !== "running") return fields;
  const sub = String(subSport ?? "");
  const runType: RunType = sub === "trail" ? "trail" : ["treadmill", "indoorRunning", "virtualActivity"].includes(sub) ? "treadmill" : "other";
  return { ...fields, sport: sub && sub !== "generic" ? `running (${sub})` : "running", runType };
}

function fromSession(session: SessionMesg, records: readonly RecordMesg[]): ParsedActivity {
  const startInstant = isoOf(session.startTime);
  const start = startInstant ? Date.parse(startInstant) : undefined;
  const elapsedSec = secondsOf(session.totalElapsedTime);
  let distanceM = typeof session.totalDistance === "number" ? session.totalDistance : undefined;
  const warnings: string[] = [];
  if (distanceM === undefined) {
    const end = start !== undefined && elapsedSec !== undefined ? start + elapsedSec * 1000 : undefined;
    distanceM = summariseFitRecords(records, start, end).distanceM;
    warnings.push("the session has no total distance, so it was measured from the recorded points");
  }
  const sport = fitSport(session.sport, session.subSport);
  return {
    ...sport,
    warnings: [...sport.warnings, ...warnings],
    startInstant,
    distanceKm: distanceM / 1000,
    movingSec: secondsOf(session.totalTimerTime) ?? secondsOf(session.totalMovingTime),
    elapsedSec,
  };
}

/** One activity per session (a multisport file has several); non-run sessions come back with runType null. */
export function parseFit(bytes: Uint8Array): ParsedActivity[] {
  const messages = decodeFit(bytes);
  const type = messages.fileIdMesgs?.[0]?.type;
  if (type !== undefined && String(type) !== "activity") {
    throw new ImportError(`FIT file holds a ${String(type)}, not a recorded activity`);
  }
  const records = messages.recordMesgs ?? [];
  const sessions = messages.sessionMesgs ?? [];
  if (sessions.length > 0) return sessions.map((session) => fromSession(session, records));
  if (records.length === 0) throw new ImportError("FIT file has no session and no records: there is no activity in it");

  const summary = summariseFitRecords(records);
  const sport = messages.sportMesgs?.[0];
  const fields = fitSport(sport?.sport, sport?.subSport);
  return [
    {
      ...fields,
      warnings: [...fields.warnings, "the file has no session summary, so distance and times were measured from its records"],
      startInstant: summary.start !== undefined ? new Date(summary.start).toISOString() : undefined,
      distanceKm: summary.distanceM / 1000,
      movingSec: summary.movingSec,
      elapsedSec: summary.elapsedSec,
    },
  ];
}
