// Whether a file in the watched folder may still be being written (a sync tool or a watch's USB copy
// halfway through): a few cheap checks of its ends, so that such a file is retried, not refused.
// A file that fails them for long enough is imported anyway, and its report says what is wrong.

import { looksLikeFit } from "./fit";
import { isZip } from "./zip";

const ZIP_END_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];
/** The end-of-directory record (22 bytes) and the longest comment it can carry. */
const ZIP_END_SEARCH = 22 + 0xffff;
const XML_END = /<\/(?:[\w.-]+:)?(?:gpx|TrainingCenterDatabase)\s*>\s*$/;

function hasZipEnd(bytes: Uint8Array): boolean {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - ZIP_END_SEARCH); at--) {
    if (ZIP_END_SIGNATURE.every((byte, i) => bytes[at + i] === byte)) return true;
  }
  return false;
}

export function looksIncomplete(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return true;
  if (looksLikeFit(bytes)) {
    const declared = bytes[0]! + new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true) + 2;
    return bytes.length < declared;
  }
  if (isZip(bytes)) return !hasZipEnd(bytes);
  const tail = new TextDecoder("latin1").decode(bytes.subarray(Math.max(0, bytes.length - 256)));
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 256)).replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart();
  if (head.startsWith("<")) return !XML_END.test(tail);
  if (head.startsWith("{")) return !tail.trimEnd().endsWith("}");
  return false;
}
