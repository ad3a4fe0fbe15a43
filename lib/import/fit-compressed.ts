// FIT records with a compressed-timestamp header, which older Garmin watches (Forerunner 60/70 era) write
// to save four bytes a record. Garmin's SDK stops at the first one, so the file is rewritten with each of
// them as an ordinary record carrying its full timestamp, and the SDK reads the rewritten file as usual.
//
// The protocol: a header byte with its top bit set holds a 2-bit local message type and a 5-bit time
// offset. The offset replaces the low five bits of the last full timestamp, rolling over to the next
// 32 seconds when it is smaller than them. The last timestamp is the latest one seen, full or compressed.

import { CrcCalculator } from "@garmin/fitsdk";
import { ImportError } from "./types";

const COMPRESSED = 0x80;
const DEFINITION = 0x40;
const DEVELOPER_DATA = 0x20;
const TIMESTAMP_FIELD = 253;
const UINT32 = 0x86;
const INVALID_UINT32 = 0xffffffff;

type Definition = {
  /** The definition record as it is in the file, header byte included. */
  record: Uint8Array;
  /** Bytes of one data message of this type, without its header byte. */
  size: number;
  littleEndian: boolean;
  /** Where a 4-byte timestamp field sits in the data, when the definition has one. */
  timestampAt?: number;
};

const corrupt = (what: string) => new ImportError(`FIT file is corrupt: ${what}`);

function readDefinition(bytes: Uint8Array, at: number, end: number): Definition {
  const header = bytes[at]!;
  const fieldCount = bytes[at + 5];
  if (fieldCount === undefined || at + 6 + fieldCount * 3 > end) throw corrupt(`the message definition at byte ${at} is cut short`);
  let length = 6 + fieldCount * 3;
  let size = 0;
  let timestampAt: number | undefined;
  for (let i = 0; i < fieldCount; i++) {
    const field = at + 6 + i * 3;
    if (bytes[field] === TIMESTAMP_FIELD && bytes[field + 1] === 4) timestampAt = size;
    size += bytes[field + 1]!;
  }
  if (header & DEVELOPER_DATA) {
    const devCount = bytes[at + length] ?? 0;
    for (let i = 0; i < devCount; i++) size += bytes[at + length + 1 + i * 3 + 1] ?? 0;
    length += 1 + devCount * 3;
  }
  if (at + length > end) throw corrupt(`the message definition at byte ${at} is cut short`);
  return { record: bytes.subarray(at, at + length), size, littleEndian: bytes[at + 2] === 0, timestampAt };
}

/** The same definition with a timestamp field in front of its fields. */
function withTimestamp(definition: Definition): Uint8Array {
  const { record } = definition;
  const out = new Uint8Array(record.length + 3);
  out.set(record.subarray(0, 6));
  out[5] = record[5]! + 1;
  out.set([TIMESTAMP_FIELD, 4, UINT32], 6);
  out.set(record.subarray(6), 9);
  return out;
}

class Output {
  private readonly chunks: Uint8Array[] = [];
  length = 0;

  push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  bytes(): Uint8Array {
    const all = new Uint8Array(this.length);
    let offset = 0;
    for (const chunk of this.chunks) {
      all.set(chunk, offset);
      offset += chunk.length;
    }
    return all;
  }
}

function uint32(value: number, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value, littleEndian);
  return out;
}

/** The records of one FIT file (header to CRC) with every compressed timestamp written out in full. */
function expandFile(bytes: Uint8Array, start: number): { file: Uint8Array; next: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerSize = bytes[start]!;
  const dataStart = start + headerSize;
  const dataEnd = dataStart + view.getUint32(start + 4, true);
  if (dataEnd + 2 > bytes.length) throw corrupt("it is shorter than its header says");

  const records = new Output();
  const definitions: (Definition | undefined)[] = [];
  // Which form of each local type's definition the rewritten file declared last.
  const declared: ("plain" | "stamped" | undefined)[] = [];
  const declare = (local: number, form: "plain" | "stamped", definition: Definition) => {
    if (declared[local] === form) return;
    records.push(form === "plain" ? definition.record : withTimestamp(definition));
    declared[local] = form;
  };
  let lastTimestamp: number | undefined;

  for (let at = dataStart; at < dataEnd; ) {
    const header = bytes[at]!;
    if (header & COMPRESSED) {
      const local = (header >> 5) & 0x03;
      const definition = definitions[local];
      if (!definition) throw corrupt(`the record at byte ${at} uses a message type it never defined`);
      if (lastTimestamp === undefined) throw corrupt(`the record at byte ${at} has a compressed time stamp before any full one`);
      const offset = header & 0x1f;
      const low = lastTimestamp % 32;
      lastTimestamp = lastTimestamp - low + offset + (offset < low ? 32 : 0);
      const data = bytes.subarray(at + 1, at + 1 + definition.size);
      if (definition.timestampAt === undefined) {
        declare(local, "stamped", definition);
        records.push(Uint8Array.of(local));
        records.push(uint32(lastTimestamp, definition.littleEndian));
      } else {
        declare(local, "plain", definition);
        records.push(Uint8Array.of(local));
      }
      records.push(data);
      at += 1 + definition.size;
    } else if (header & DEFINITION) {
      const local = header & 0x0f;
      const definition = readDefinition(bytes, at, dataEnd);
      definitions[local] = definition;
      declared[local] = undefined;
      declare(local, "plain", definition);
      at += definition.record.length;
    } else {
      const local = header & 0x0f;
      const definition = definitions[local];
      if (!definition) throw corrupt(`the record at byte ${at} uses a message type it never defined`);
      declare(local, "plain", definition);
      if (definition.timestampAt !== undefined && at + 5 + definition.timestampAt <= dataEnd) {
        const timestamp = view.getUint32(at + 1 + definition.timestampAt, definition.littleEndian);
        if (timestamp !== INVALID_UINT32) lastTimestamp = timestamp;
      }
      records.push(bytes.subarray(at, at + 1 + definition.size));
      at += 1 + definition.size;
    }
  }

  const header = bytes.slice(start, dataStart);
  new DataView(header.buffer).setUint32(4, records.length, true);
  // A 14-byte header carries its own CRC; zero means "not computed", which every reader accepts.
  if (headerSize >= 14) header.set([0, 0], 12);
  const file = new Output();
  file.push(header);
  file.push(records.bytes());
  const body = file.bytes();
  const crc = CrcCalculator.calculateCRC(body, 0, body.length);
  const whole = new Uint8Array(body.length + 2);
  whole.set(body);
  whole.set([crc & 0xff, crc >> 8], body.length);
  return { file: whole, next: dataEnd + 2 };
}

/** The whole FIT stream (chained files too) rewritten without compressed-timestamp headers. */
export function expandCompressedTimestamps(bytes: Uint8Array): Uint8Array {
  const files = new Output();
  for (let at = 0; at + 12 <= bytes.length; ) {
    const { file, next } = expandFile(bytes, at);
    files.push(file);
    at = next;
  }
  return files.bytes();
}
