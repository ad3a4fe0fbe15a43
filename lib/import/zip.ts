// A small zip reader: the central directory is read first, limits are checked on the sizes it declares,
// and each entry is inflated only when asked for, with zlib enforcing the declared size and the CRC.
// Nothing is written to disk, so entry paths ("../x") are only names here.

import { crc32, inflateRawSync } from "node:zlib";
import { describeInflateError } from "./gzip";
import {
  formatMegabytes,
  MAX_COMPRESSION_RATIO,
  MAX_FILE_BYTES,
  MAX_ZIP_ENTRIES,
  MAX_ZIP_UNCOMPRESSED_BYTES,
  ZIP_RATIO_FLOOR_BYTES,
} from "./limits";
import { ImportError } from "./types";

export type ZipEntry = {
  name: string;
  method: number;
  encrypted: boolean;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
};

export type ZipArchive = { entries: ZipEntry[]; read: (entry: ZipEntry) => Uint8Array };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535.
  const last = Math.max(0, view.byteLength - 22 - 65535);
  for (let at = view.byteLength - 22; at >= last; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new ImportError("zip file is cut short or corrupt: its table of contents is missing");
}

export function openZip(bytes: Uint8Array): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) throw new ImportError("zip file is cut short: too small to be a zip file");
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new ImportError("zip file uses ZIP64, which is only needed above the size and entry limits");
  }
  if (count > MAX_ZIP_ENTRIES) throw new ImportError(`zip file has ${count} entries; the limit is ${MAX_ZIP_ENTRIES}`);

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      throw new ImportError("zip file is corrupt: its table of contents is damaged");
    }
    const nameLength = view.getUint16(at + 28, true);
    const utf8 = (view.getUint16(at + 8, true) & 0x800) !== 0;
    const entry: ZipEntry = {
      name: new TextDecoder(utf8 ? "utf-8" : "latin1").decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      encrypted: (view.getUint16(at + 8, true) & 1) !== 0,
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    if (entry.size > ZIP_RATIO_FLOOR_BYTES && entry.size > entry.compressedSize * MAX_COMPRESSION_RATIO) {
      throw new ImportError(`zip file entry ${entry.name} claims to unpack more than ${MAX_COMPRESSION_RATIO} times its size, which only a zip bomb does`);
    }
    total += entry.size;
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  if (total > MAX_ZIP_UNCOMPRESSED_BYTES) {
    throw new ImportError(`zip file unpacks to ${formatMegabytes(total)}; the limit is ${formatMegabytes(MAX_ZIP_UNCOMPRESSED_BYTES)}`);
  }
  // Small entries are exempt from the ratio one by one, not all together: 300 entries of 900 KB of
  // blanks are 270 MB of unpacking from a zip of a few KB (issue 20).
  if (total > ZIP_RATIO_FLOOR_BYTES && total > bytes.length * MAX_COMPRESSION_RATIO) {
    throw new ImportError(`zip file unpacks to ${formatMegabytes(total)}, more than ${MAX_COMPRESSION_RATIO} times its size, which only a zip bomb does`);
  }
  refuseOverlaps(view, entries);
  return { entries, read: (entry) => readEntry(bytes, view, entry) };
}

/**
 * Each entry's bytes (its local header and data) belong to it alone. A table of contents that lists
 * the same bytes under many names makes each of them cost a full unpack while the zip stays small.
 */
function refuseOverlaps(view: DataView, entries: readonly ZipEntry[]): void {
  const spans = entries
    .map((entry) => {
      const at = entry.localOffset;
      const header = at + 30 <= view.byteLength ? 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true) : 30;
      return { name: entry.name, start: at, end: at + header + entry.compressedSize };
    })
    .sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    const [before, after] = [spans[i - 1]!, spans[i]!];
    if (after.start < before.end) {
      throw new ImportError(`zip file entries ${before.name} and ${after.name} share their bytes, which only a zip bomb does`);
    }
  }
}

function readEntry(bytes: Uint8Array, view: DataView, entry: ZipEntry): Uint8Array {
  const what = entry.name;
  if (entry.encrypted) throw new ImportError(`${what} is encrypted`);
  if (entry.size > MAX_FILE_BYTES) {
    throw new ImportError(`${what} is ${formatMegabytes(entry.size)} unpacked; the limit for one file is ${formatMegabytes(MAX_FILE_BYTES)}`);
  }
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) {
    throw new ImportError(`${what} is missing from the zip file (it is cut short or corrupt)`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new ImportError(`${what} is cut short in the zip file`);
  const data = bytes.subarray(start, start + entry.compressedSize);

  let content: Uint8Array;
  if (entry.method === 0) content = data;
  else if (entry.method === 8) {
    try {
      // One byte of headroom so that data longer than declared is caught as a mismatch, not truncated.
      content = new Uint8Array(inflateRawSync(data, { maxOutputLength: entry.size + 1 }));
    } catch (error) {
      const code = typeof error === "object" && error !== null && "code" in error ? error.code : "";
      if (code === "ERR_BUFFER_TOO_LARGE") throw new ImportError(`${what} is corrupt: it unpacks larger than the zip file says`);
      throw describeInflateError(error, what, entry.size);
    }
  } else throw new ImportError(`${what} uses a compression method (${entry.method}) this reader does not support`);

  if (content.length !== entry.size || crc32(content) >>> 0 !== entry.crc >>> 0) {
    throw new ImportError(`${what} is corrupt: its contents do not match the zip file's checksum`);
  }
  return content;
}
