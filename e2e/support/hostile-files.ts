// The hostile uploads of issue 20, built in memory: each one stalled the whole server before.
import { crc32, deflateRawSync } from "node:zlib";
import { zipSync } from "fflate";

/** Finding 1: GPX files of nothing but `<!DOCTYPE` without its `>`, stored (not compressed) in a zip. */
export function unclosedDoctypeZip(entries: number): Uint8Array {
  const entry = new TextEncoder().encode("<!DOCTYPE".repeat(Math.floor((64 * 1024) / 9)));
  return zipSync(Object.fromEntries(Array.from({ length: entries }, (_, i) => [`run-${i}.gpx`, [entry, { level: 0 }]])));
}

/** Finding 4: the simple CSV with one run a row, all of them valid. */
export function simpleCsv(rows: number): Uint8Array {
  const lines = ["date,distance_km,duration"];
  const day = new Date(Date.UTC(1970, 0, 1));
  for (let i = 0; i < rows; i++) {
    lines.push(`${day.toISOString().slice(0, 10)},${5 + (i % 9)},${30 + (i % 20)}:00`);
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return new TextEncoder().encode(`${lines.join("\n")}\n`);
}

/**
 * Finding 6: one deflated GPX-like file under 1 MB, and a table of contents that lists it `entries`
 * times under different names (all pointing at the same bytes), so each listed entry costs a full unpack.
 */
export function overlappingZip(entries: number, entryBytes = 900 * 1024): Uint8Array {
  const point = '<trkpt lat="46.1" lon="14.5"><ele>300</ele></trkpt>';
  const body = `<gpx version="1.1"><trk><trkseg>${point.repeat(Math.floor((entryBytes - 60) / point.length))}</trkseg></trk></gpx>`;
  const content = new TextEncoder().encode(body.padEnd(entryBytes, " "));
  const data = deflateRawSync(content, { level: 9 });
  const crc = crc32(content) >>> 0;
  const header = (size: number) => {
    const bytes = new Uint8Array(size);
    return { bytes, view: new DataView(bytes.buffer) };
  };
  const local = header(30 + 5);
  local.view.setUint32(0, 0x04034b50, true);
  local.view.setUint16(8, 8, true);
  local.view.setUint32(14, crc, true);
  local.view.setUint32(18, data.length, true);
  local.view.setUint32(22, content.length, true);
  local.view.setUint16(26, 5, true);
  local.bytes.set(new TextEncoder().encode("a.gpx"), 30);

  const directory: Uint8Array[] = [];
  for (let i = 0; i < entries; i++) {
    const name = new TextEncoder().encode(`run-${i}.gpx`);
    const entry = header(46 + name.length);
    entry.view.setUint32(0, 0x02014b50, true);
    entry.view.setUint16(10, 8, true);
    entry.view.setUint32(16, crc, true);
    entry.view.setUint32(20, data.length, true);
    entry.view.setUint32(24, content.length, true);
    entry.view.setUint16(28, name.length, true);
    entry.view.setUint32(42, 0, true);
    entry.bytes.set(name, 46);
    directory.push(entry.bytes);
  }
  const directoryOffset = local.bytes.length + data.length;
  const directorySize = directory.reduce((sum, entry) => sum + entry.length, 0);
  const end = header(22);
  end.view.setUint32(0, 0x06054b50, true);
  end.view.setUint16(8, entries, true);
  end.view.setUint16(10, entries, true);
  end.view.setUint32(12, directorySize, true);
  end.view.setUint32(16, directoryOffset, true);

  const parts = [local.bytes, data, ...directory, end.bytes];
  const zip = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    zip.set(part, at);
    at += part.length;
  }
  return zip;
}
