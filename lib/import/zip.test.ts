import { gzipSync } from "node:zlib";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readUpload } from "./detect";
import { gunzipLimited } from "./gzip";
import { MAX_FILE_BYTES, MAX_ZIP_ENTRIES } from "./limits";
import { openZip } from "./zip";
import { gpxTrack, northwards } from "./test-files";

/** Rewrites a field of every central-directory entry: how a zip bomb lies about its sizes. */
function patchDirectory(zip: Uint8Array, offset: number, value: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 4 <= copy.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + offset, value, true);
  }
  return copy;
}

/** The zip's one entry listed twice in its table of contents, under two names: the same bytes. */
function listedTwice(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  const directoryOffset = view.getUint32(end + 16, true);
  const entry = zip.slice(directoryOffset, end);
  const again = entry.slice();
  again[46] = "z".charCodeAt(0);
  const twice = new Uint8Array(zip.length + entry.length);
  twice.set(zip.subarray(0, end), 0);
  twice.set(again, end);
  twice.set(zip.subarray(end), end + entry.length);
  const patched = new DataView(twice.buffer);
  patched.setUint16(twice.length - 22 + 8, 2, true);
  patched.setUint16(twice.length - 22 + 10, 2, true);
  patched.setUint32(twice.length - 22 + 12, entry.length * 2, true);
  return twice;
}

describe("openZip", () => {
  const zip = zipSync({ "a.gpx": strToU8(gpxTrack([northwards(20)])), "b.txt": strToU8("hello") });

  it("lists the entries and unpacks one only when asked", () => {
    const archive = openZip(zip);
    expect(archive.entries.map((entry) => entry.name)).toEqual(["a.gpx", "b.txt"]);
    expect(new TextDecoder().decode(archive.read(archive.entries[1]!))).toBe("hello");
  });

  it("refuses an entry that claims to unpack a thousand times larger, before inflating anything", () => {
    const bomb = patchDirectory(zip, 24, 50 * 1024 * 1024);
    expect(() => openZip(bomb)).toThrow("zip file entry a.gpx claims to unpack more than 100 times its size, which only a zip bomb does");
  });

  it("refuses small entries that together unpack at a zip bomb's ratio", () => {
    const blanks = new Uint8Array(900 * 1024).fill(0x20);
    const many = zipSync(Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`run-${i}.gpx`, blanks])));
    expect(() => openZip(many)).toThrow("zip file unpacks to 2.6 MB, more than 100 times its size, which only a zip bomb does");
  });

  it("refuses two entries that share their bytes", () => {
    const twice = listedTwice(zipSync({ "a.gpx": strToU8(gpxTrack([northwards(20)])) }));
    expect(() => openZip(twice)).toThrow("zip file entries a.gpx and z.gpx share their bytes, which only a zip bomb does");
  });

  it("refuses too many entries", () => {
    const many = Object.fromEntries(Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => [`f${i}.txt`, new Uint8Array(0)]));
    expect(() => openZip(zipSync(many, { level: 0 }))).toThrow(`zip file has ${MAX_ZIP_ENTRIES + 1} entries; the limit is ${MAX_ZIP_ENTRIES}`);
  });

  it("says a zip cut short is cut short", () => {
    expect(() => openZip(zip.slice(0, zip.length - 30))).toThrow("zip file is cut short or corrupt: its table of contents is missing");
  });

  it("notices an entry whose contents do not match its checksum", () => {
    const stored = zipSync({ "b.txt": strToU8("hello") }, { level: 0 });
    const damaged = stored.slice();
    damaged[damaged.indexOf(0x68)] = 0x6a; // "hello" -> "jello"
    const archive = openZip(damaged);
    expect(() => archive.read(archive.entries[0]!)).toThrow("b.txt is corrupt: its contents do not match the zip file's checksum");
  });

  it("notices an entry that unpacks larger than declared", () => {
    const lying = patchDirectory(zip, 24, 10);
    const archive = openZip(lying);
    expect(() => archive.read(archive.entries[0]!)).toThrow("a.gpx is corrupt: it unpacks larger than the zip file says");
  });
});

describe("gunzipLimited", () => {
  it("stops inflating at the per-file limit, whatever the gzip's size field says", () => {
    const bomb = gzipSync(new Uint8Array(2 * MAX_FILE_BYTES));
    const lying = bomb.slice();
    new DataView(lying.buffer).setUint32(lying.length - 4, 1000, true);
    for (const file of [bomb, lying]) {
      expect(() => gunzipLimited(file, "run.gpx.gz")).toThrow("run.gpx.gz unpacks to more than 25 MB, the limit for one file");
    }
  });

  it("refuses a file under the limit that unpacks at a zip bomb's ratio", () => {
    expect(() => gunzipLimited(gzipSync(new Uint8Array(10 * 1024 * 1024)), "run.gpx.gz")).toThrow(
      "run.gpx.gz unpacks to more than 100 times its size, which only a zip bomb does",
    );
  });

  it("says a gzip cut short is cut short", () => {
    const whole = gzipSync(strToU8(gpxTrack([northwards(200)])));
    expect(() => gunzipLimited(whole.slice(0, whole.length / 2), "run.gpx.gz")).toThrow("run.gpx.gz is cut short: the compressed data ends too early");
  });
});

describe("a zip of activity files", () => {
  it("imports each file on its own: one broken file does not stop the others", () => {
    const contents = readUpload(
      "runs.zip",
      zipSync({
        "runs/a.gpx": strToU8(gpxTrack([northwards(20)])),
        "runs/b.gpx.gz": gzipSync(strToU8(gpxTrack([northwards(30)]))),
        "runs/broken.gpx": strToU8("<gpx><trk><trkseg>"),
        "runs/readme.txt": strToU8("my runs"),
        "__MACOSX/runs/._a.gpx": strToU8("junk"),
      }),
    );
    expect(contents).toMatchObject({ kind: "activities", format: "zip of activity files", atomic: false, total: 3, notes: ["1 other entry in the zip file ignored"] });
    const units = contents.kind === "activities" ? [...contents.units()] : [];
    expect(units.map((unit) => [unit.label, unit.kind])).toEqual([
      ["runs/a.gpx", "activity"],
      ["runs/b.gpx.gz", "activity"],
      ["runs/broken.gpx", "failed"],
    ]);
  });

  it("rejects a zip with nothing it can import", () => {
    expect(() => readUpload("photos.zip", zipSync({ "a.jpg": new Uint8Array([1, 2, 3]) }))).toThrow(
      "zip file has no activities.csv and no GPX, TCX or FIT files",
    );
  });
});
