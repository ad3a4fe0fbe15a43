import { describe, expect, it } from "vitest";
import { gzipSync, strToU8 } from "fflate";
import { readUpload, SUPPORTED_FILES } from "./detect";
import { MAX_FILE_BYTES } from "./limits";
import { exampleLog } from "../log-format/test-logs";

describe("readUpload: what kind of file it is, from its bytes", () => {
  it("reads a stridewise-log document, and notes that it carries settings", () => {
    const contents = readUpload("backup.json", strToU8(JSON.stringify(exampleLog())));
    expect(contents).toMatchObject({ kind: "log", format: "stridewise-log", hasAthlete: true, log: { runs: [{ id: "r-2025-01-07" }] } });
  });

  it("reads the simple CSV, which has no settings", () => {
    const contents = readUpload("runs.csv", strToU8("date,distance_km,duration\n2025-01-07,6,33:00\n"));
    expect(contents).toMatchObject({ kind: "log", format: "simple CSV", hasAthlete: false, log: { runs: [{ distanceKm: 6, durationSec: 1980 }] } });
  });

  it.each<[string, string | Uint8Array, string]>([
    ["an empty file", "", "the file is empty"],
    ["an invalid log, naming the field", JSON.stringify({ format: "stridewise-log", version: 1, runs: [{ id: "a", date: "2025-01-07", distanceKm: -1 }] }), "runs[0].distanceKm: must be a number between 0 and 1000"],
    ["a CSV with an unknown column", "date,km\n2025-01-07,5\n", 'header: unknown column "km"'],
    ["a picture", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), `unsupported file: expected ${SUPPORTED_FILES}`],
    ["KML", "<kml><Document/></kml>", "not a GPX, TCX or FIT file (an XML file with <kml>)"],
    ["Stridewise's own CSV export", "date,distance_km,duration,rpe,pain,pain_location,pain_side,shoe,notes,start,type,pain_all\n", "this is Stridewise's CSV export"],
  ])("rejects %s with a clear reason", (_name, content, reason) => {
    const name = typeof content === "string" && content.startsWith("date") ? "file.csv" : "file";
    expect(() => readUpload(name, typeof content === "string" ? strToU8(content) : content)).toThrow(reason);
  });

  it("says so when a file named .fit, .gpx or .tcx is not one", () => {
    expect(() => readUpload("morning.fit", strToU8("hello, not a watch file"))).toThrow(
      "the name ends in .fit, but this is not a FIT file: it may be damaged, or another kind of file renamed",
    );
    expect(() => readUpload("Morning.GPX.gz", gzipSync(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])))).toThrow(
      "the name ends in .gpx, but this is not a GPX file",
    );
    expect(() => readUpload("notes.txt", strToU8("hello"))).toThrow(`unsupported file: expected ${SUPPORTED_FILES}`);
  });

  it("rejects a file over the per-file limit before reading it", () => {
    expect(() => readUpload("huge.gpx", new Uint8Array(MAX_FILE_BYTES + 1))).toThrow("the file is 25 MB; the limit is 25 MB");
  });
});
