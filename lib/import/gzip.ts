// Gzipped activity files (.gpx.gz, .tcx.gz, .fit.gz, as in Strava exports). zlib enforces the output
// limit while inflating and checks the CRC and length, so neither a lying size field nor a bomb gets through.

import { gunzipSync } from "node:zlib";
import { formatMegabytes, MAX_COMPRESSION_RATIO, MAX_FILE_BYTES, ZIP_RATIO_FLOOR_BYTES } from "./limits";
import { ImportError } from "./types";

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Describes zlib's failures in the runner's terms; anything unexpected is "corrupt". */
export function describeInflateError(error: unknown, what: string, limit: number): ImportError {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (code === "ERR_BUFFER_TOO_LARGE") return new ImportError(`${what} unpacks to more than ${formatMegabytes(limit)}, the limit for one file`);
  if (code === "Z_BUF_ERROR") return new ImportError(`${what} is cut short: the compressed data ends too early`);
  return new ImportError(`${what} is corrupt: its compressed data cannot be unpacked`);
}

/**
 * A gzip's own size field cannot be trusted (a cut-short file has none), so the limit is zlib's: it stops
 * at MAX_FILE_BYTES. What came out is then checked against the compression ratio a real file can reach.
 */
export function gunzipLimited(bytes: Uint8Array, what: string): Uint8Array {
  if (bytes.length < 18) throw new ImportError(`${what} is cut short: too small to be a gzip file`);
  let content: Uint8Array;
  try {
    content = new Uint8Array(gunzipSync(bytes, { maxOutputLength: MAX_FILE_BYTES }));
  } catch (error) {
    throw describeInflateError(error, what, MAX_FILE_BYTES);
  }
  if (content.length > ZIP_RATIO_FLOOR_BYTES && content.length > bytes.length * MAX_COMPRESSION_RATIO) {
    throw new ImportError(`${what} unpacks to more than ${MAX_COMPRESSION_RATIO} times its size, which only a zip bomb does`);
  }
  return content;
}
