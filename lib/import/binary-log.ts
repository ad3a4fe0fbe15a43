// FIT, gzipped and zipped files for the analyse command. They are bytes, not text, so they cannot go
// through parseLogText; readLogFile sends them here, to the importer's own reader.

import type { LogParseResult } from "../log-format/parse";
import { readUpload } from "./detect";
import { looksLikeFit } from "./fit";
import { isGzip } from "./gzip";
import { activitiesToLog } from "./to-log";
import { describeImportFailure } from "./types";
import { isZip } from "./zip";

export function isBinaryActivityFile(bytes: Uint8Array): boolean {
  return looksLikeFit(bytes) || isGzip(bytes) || isZip(bytes);
}

export function readBinaryActivityLog(name: string, bytes: Uint8Array): LogParseResult {
  try {
    const contents = readUpload(name, bytes);
    return contents.kind === "log" ? { ok: true, log: contents.log } : activitiesToLog(contents.units());
  } catch (error) {
    return { ok: false, error: describeImportFailure(error) };
  }
}
