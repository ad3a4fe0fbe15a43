// FIT files made in the tests: through Garmin's own Encoder, or byte by byte for what the Encoder cannot
// write (compressed-timestamp headers).

import { CrcCalculator, Encoder, Profile, type ActivityMesg, type FileIdMesg, type RecordMesg, type SessionMesg } from "@garmin/fitsdk";

const FIT_EPOCH_S = 631_065_600;
export const DEGREES_TO_SEMICIRCLES = 2 ** 31 / 180;

/** FIT's seconds since 1989-12-31T00:00:00Z. */
export const fitSeconds = (iso: string) => Date.parse(iso) / 1000 - FIT_EPOCH_S;

export type FitRecord = { time: string; lat?: number; lon?: number; distanceM?: number };
export type FitSession = { start: string; elapsedSec: number; distanceM?: number; sport?: SessionMesg["sport"]; subSport?: SessionMesg["subSport"] };

/** A FIT activity written with the SDK's Encoder: records, sessions and (with `localOffsetMin`) an activity message. */
export function encodeFit({ records, sessions, localOffsetMin }: { records: readonly FitRecord[]; sessions: readonly FitSession[]; localOffsetMin?: number }): Uint8Array {
  const encoder = new Encoder();
  const first = sessions[0]?.start ?? records[0]?.time ?? "2025-03-01T07:00:00Z";
  const fileId: FileIdMesg = { type: "activity", manufacturer: "development", product: 0, timeCreated: new Date(first) };
  encoder.onMesg(Profile.MesgNum.FILE_ID!, fileId);
  for (const record of records) {
    const mesg: RecordMesg = {
      timestamp: new Date(record.time),
      ...(record.lat !== undefined && record.lon !== undefined
        ? { positionLat: Math.round(record.lat * DEGREES_TO_SEMICIRCLES), positionLong: Math.round(record.lon * DEGREES_TO_SEMICIRCLES) }
        : {}),
      ...(record.distanceM !== undefined ? { distance: record.distanceM } : {}),
    };
    encoder.onMesg(Profile.MesgNum.RECORD!, mesg);
  }
  let end = Date.parse(first);
  for (const session of sessions) {
    const start = Date.parse(session.start);
    end = Math.max(end, start + session.elapsedSec * 1000);
    const mesg: SessionMesg = {
      timestamp: new Date(start + session.elapsedSec * 1000),
      startTime: new Date(start),
      totalElapsedTime: session.elapsedSec,
      totalTimerTime: session.elapsedSec,
      ...(session.distanceM !== undefined ? { totalDistance: session.distanceM } : {}),
      sport: session.sport ?? "running",
      subSport: session.subSport ?? "generic",
      event: "session",
      eventType: "stop",
    };
    encoder.onMesg(Profile.MesgNum.SESSION!, mesg);
  }
  if (localOffsetMin !== undefined) {
    const activity: ActivityMesg = {
      timestamp: new Date(end),
      localTimestamp: Math.round(end / 1000) - FIT_EPOCH_S + localOffsetMin * 60,
      numSessions: sessions.length,
      type: "manual",
      event: "activity",
      eventType: "stop",
    };
    encoder.onMesg(Profile.MesgNum.ACTIVITY!, activity);
  }
  return encoder.close();
}

/** Little-endian bytes, for writing FIT records by hand. */
class Bytes {
  readonly parts: number[] = [];
  u8(...values: number[]) {
    this.parts.push(...values);
    return this;
  }
  u16(value: number) {
    return this.u8(value & 0xff, (value >> 8) & 0xff);
  }
  u32(value: number) {
    const view = new DataView(new ArrayBuffer(4));
    view.setUint32(0, value >>> 0, true);
    return this.u8(...new Uint8Array(view.buffer));
  }
  i32(value: number) {
    return this.u32(value | 0);
  }
}

const UINT32 = 0x86;
const SINT32 = 0x85;
const ENUM = 0x00;

/**
 * A FIT run the way a Forerunner 70 writes it: one record with a full timestamp, then records every
 * `stepSec` seconds under compressed-timestamp headers (a 5-bit offset in the header byte), due north
 * `stepM` metres apart with the cumulative distance, and a session. `totalDistance: false` leaves the
 * session's distance out, so a reader has to measure the records.
 */
export function compressedTimestampFit({
  start = "2025-03-01T07:00:00Z",
  count = 60,
  stepSec = 7,
  stepM = 20,
  totalDistance = true,
}: { start?: string; count?: number; stepSec?: number; stepM?: number; totalDistance?: boolean } = {}): Uint8Array {
  const t0 = fitSeconds(start);
  const data = new Bytes();
  // Local 0: file_id (type, time_created).
  data.u8(0x40, 0, 0).u16(0).u8(2, 0, 1, ENUM, 4, 4, UINT32);
  data.u8(0x00, 4).u32(t0);
  // Local 1: record with a timestamp; local 2: record without one (its records carry compressed times).
  const recordFields = [0, 4, SINT32, 1, 4, SINT32, 5, 4, UINT32];
  data.u8(0x41, 0, 0).u16(20).u8(4, 253, 4, UINT32, ...recordFields);
  data.u8(0x42, 0, 0).u16(20).u8(3, ...recordFields);
  const lat = (i: number) => Math.round((55.6 + (i * stepM) / 111_195) * DEGREES_TO_SEMICIRCLES);
  const lon = Math.round(12.5 * DEGREES_TO_SEMICIRCLES);
  data.u8(0x01).u32(t0).i32(lat(0)).i32(lon).u32(0);
  for (let i = 1; i < count; i++) {
    const time = t0 + i * stepSec;
    data.u8(0x80 | (2 << 5) | (time & 0x1f)).i32(lat(i)).i32(lon).u32(i * stepM * 100);
  }
  // Local 3: session (timestamp, start_time, total_elapsed_time, total_timer_time, sport[, total_distance]).
  const elapsedMs = (count - 1) * stepSec * 1000;
  const sessionFields = [253, 4, UINT32, 2, 4, UINT32, 7, 4, UINT32, 8, 4, UINT32, 5, 1, ENUM];
  if (totalDistance) sessionFields.push(9, 4, UINT32);
  data.u8(0x43, 0, 0).u16(18).u8(sessionFields.length / 3, ...sessionFields);
  data.u8(0x03).u32(t0 + elapsedMs / 1000).u32(t0).u32(elapsedMs).u32(elapsedMs).u8(1);
  if (totalDistance) data.u32((count - 1) * stepM * 100);

  const header = new Bytes().u8(14, 0x20).u16(2132).u32(data.parts.length).u8(...".FIT".split("").map((c) => c.charCodeAt(0)));
  const head = Uint8Array.from(header.parts);
  const headerCrc = CrcCalculator.calculateCRC(head, 0, 12);
  const body = Uint8Array.from([...head, headerCrc & 0xff, headerCrc >> 8, ...data.parts]);
  const crc = CrcCalculator.calculateCRC(body, 0, body.length);
  return Uint8Array.from([...body, crc & 0xff, crc >> 8]);
}

/** The file with `records` (raw bytes) added after its last record, its sizes and checksums made right again. */
export function withRecordsAppended(fit: Uint8Array, records: readonly number[]): Uint8Array {
  const headerSize = fit[0]!;
  const dataSize = new DataView(fit.buffer, fit.byteOffset, fit.byteLength).getUint32(4, true);
  const body = Uint8Array.from([...fit.subarray(0, headerSize + dataSize), ...records]);
  const view = new DataView(body.buffer);
  view.setUint32(4, dataSize + records.length, true);
  if (headerSize >= 14) view.setUint16(12, CrcCalculator.calculateCRC(body, 0, 12), true);
  const crc = CrcCalculator.calculateCRC(body, 0, body.length);
  return Uint8Array.from([...body, crc & 0xff, crc >> 8]);
}
