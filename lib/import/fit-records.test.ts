import { describe, expect, it } from "vitest";
import { readUpload } from "./detect";
import { decodeFit, parseFit } from "./fit";
import { compressedTimestampFit, encodeFit, withRecordsAppended, type FitRecord } from "./fit-test-files";
import { haversineM } from "./track";

describe("FIT files with compressed-timestamp headers (Forerunner 60/70 era)", () => {
  it("reads the session of a file whose checksum is good, instead of calling it corrupt", () => {
    const [run] = parseFit(compressedTimestampFit({ count: 60, stepSec: 7, stepM: 20 }));
    expect(run).toMatchObject({ sport: "running", runType: "other", startInstant: "2025-03-01T07:00:00.000Z", distanceKm: 1.18, elapsedSec: 413 });
  });

  it("decodes every compressed record with its full time, across many 32-second rollovers", () => {
    const records = decodeFit(compressedTimestampFit({ count: 60, stepSec: 7 })).recordMesgs ?? [];
    expect(records).toHaveLength(60);
    const t0 = Date.parse("2025-03-01T07:00:00Z");
    expect(records.map((record) => (record.timestamp as Date).getTime() - t0)).toEqual(Array.from({ length: 60 }, (_, i) => i * 7000));
    expect(records.at(-1)?.distance).toBe(59 * 20);
  });

  it("measures a session without a total distance from the compressed records, not lose them", () => {
    const [run] = parseFit(compressedTimestampFit({ count: 100, stepSec: 5, stepM: 15, totalDistance: false }));
    expect(run!.distanceKm).toBeCloseTo(1.485, 6);
    expect(run!.warnings).toContain("the session has no total distance, so it was measured from the recorded points");
  });

  it("keeps the session of a file whose checksum is good when the SDK cannot decode a later message", () => {
    const fit = encodeFit({ records: [], sessions: [{ start: START, elapsedSec: 1800, distanceM: 5000 }] });
    // A message definition with a base type FIT does not have (0x1f), after the session.
    const odd = withRecordsAppended(fit, [0x45, 0, 0, 0xff, 0x00, 1, 3, 1, 0x1f]);
    const [run] = parseFit(odd);
    expect(run).toMatchObject({ distanceKm: 5, elapsedSec: 1800 });
    expect(run!.warnings[0]).toMatch(/^part of the file could not be decoded \(at byte \d+\), so only what came before it was read$/);
  });

  it("still rejects such a file when its bytes were changed (checksum)", () => {
    const bytes = compressedTimestampFit();
    bytes[60] = bytes[60]! ^ 0xff;
    expect(() => parseFit(bytes)).toThrow("FIT file is corrupt: its checksum does not match its contents");
  });
});

// A Suunto-style run: a GPS record, then a record without a position and without a distance, and so on;
// the records run 40 s past the session's elapsed time (the final lap), and the session has no distance.
const START = "2025-03-01T07:00:00Z";
const at = (seconds: number) => new Date(Date.parse(START) + seconds * 1000).toISOString();
function suuntoRecords({ withDistance }: { withDistance: boolean }): FitRecord[] {
  return Array.from({ length: 400 }, (_, i): FitRecord => {
    const gps = i % 2 === 0;
    return {
      time: at(i * 2),
      ...(gps ? { lat: 55.6 + (i * 5) / 111_195, lon: 12.5 } : {}),
      ...(withDistance && gps ? { distanceM: i * 5 } : {}),
    };
  });
}
const shortSession = { start: START, elapsedSec: 760 };

describe("a FIT session without a total distance (Suunto)", () => {
  it("uses the highest cumulative record distance, with records that lack one carrying the last forward", () => {
    const [run] = parseFit(encodeFit({ records: suuntoRecords({ withDistance: true }), sessions: [shortSession] }));
    // The last GPS record is number 398: 1,990 m, recorded after start + elapsed time (760 s).
    expect(run!.distanceKm).toBeCloseTo(1.99, 6);
  });

  it("measures the positions in order over the records that have one, when no record has a distance", () => {
    const records = suuntoRecords({ withDistance: false });
    const [run] = parseFit(encodeFit({ records, sessions: [shortSession] }));
    const gps = records.filter((record) => record.lat !== undefined);
    const expected = gps.slice(1).reduce((sum, record, i) => sum + haversineM(gps[i]!.lat!, gps[i]!.lon!, record.lat!, record.lon!), 0);
    expect(expected).toBeGreaterThan(1980);
    expect(run!.distanceKm * 1000).toBeCloseTo(expected, 0);
  });

  it("gives each session of a multisport file its own records, up to the next session's start", () => {
    const ride = Array.from({ length: 11 }, (_, i): FitRecord => ({ time: at(i * 60), distanceM: i * 500 }));
    const run = Array.from({ length: 11 }, (_, i): FitRecord => ({ time: at(700 + i * 60), distanceM: 5000 + i * 200 }));
    const activities = parseFit(
      encodeFit({
        records: [...ride, ...run],
        sessions: [
          { start: START, elapsedSec: 600, sport: "cycling", subSport: "road" },
          { start: at(700), elapsedSec: 500 },
        ],
      }),
    );
    expect(activities.map((activity) => [activity.runType, activity.distanceKm])).toEqual([
      [null, 5],
      ["other", 2],
    ]);
  });
});

describe("an empty FIT file", () => {
  it("is refused as empty", () => {
    expect(() => readUpload("run.fit", new Uint8Array())).toThrow("the file is empty");
  });
});

describe("the local time a FIT file records", () => {
  it("comes back as the UTC offset of its activity message", () => {
    const bytes = encodeFit({ records: [], sessions: [{ start: "2025-03-03T04:30:00Z", elapsedSec: 1800, distanceM: 5000 }], localOffsetMin: -300 });
    expect(parseFit(bytes)[0]).toMatchObject({ startInstant: "2025-03-03T04:30:00.000Z", utcOffsetMin: -300 });
  });

  it("is absent when the file has no activity message", () => {
    const bytes = encodeFit({ records: [], sessions: [{ start: START, elapsedSec: 1800, distanceM: 5000 }] });
    expect(parseFit(bytes)[0]!.utcOffsetMin).toBeUndefined();
  });
});
