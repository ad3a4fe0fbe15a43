import { describe, expect, it } from "vitest";
import { readUpload } from "./detect";
import { NO_TIMES_WARNING, parseGpx } from "./gpx";
import { SPORT_NOT_STATED_WARNING } from "./sport";
import { fixture, gpxTrack, northwards, text } from "./test-files";

const gpx = (name: string) => parseGpx(text(fixture("gpxpy", name)));

describe("parseGpx on real files (gpxpy, Apache-2.0)", () => {
  it("reads a 15 km GPX 1.0 track with its times and its stops", () => {
    const [track] = gpx("korita-zbevnica.gpx");
    expect(track!.startInstant).toBe("2010-10-03T09:36:30.000Z");
    expect(track!.distanceKm).toBeCloseTo(14.9, 1);
    // A day's hike with long stops: moving time well under the elapsed time.
    expect(track!.elapsedSec).toBe(13381);
    expect(track!.movingSec).toBeGreaterThan(track!.elapsedSec! * 0.3);
    expect(track!.movingSec).toBeLessThan(track!.elapsedSec! * 0.6);
  });

  it("reads a track without usable times (1901, an unset clock) as distance only, dated by the file's own time", () => {
    const [track] = gpx("Mojstrovka.gpx");
    expect(track).toMatchObject({ fileTime: "2010-12-14T06:17:04.000Z", warnings: [SPORT_NOT_STATED_WARNING, NO_TIMES_WARNING] });
    expect(track!.startInstant).toBeUndefined();
    expect(track!.movingSec).toBeUndefined();
    expect(track!.distanceKm).toBeGreaterThan(2);
  });

  it("gives no durations when only a handful of points have times, but keeps their date", () => {
    const [track] = gpx("cerknicko-without-times.gpx");
    expect(track).toMatchObject({ fileTime: "2010-08-05T16:22:52.000Z", startInstant: undefined, movingSec: undefined, elapsedSec: undefined });
    expect(track!.warnings).toContain("only 5 of 296 track points have times, so there is no start time or duration; the date is taken from them");
  });

  it("ignores an empty segment", () => {
    const source = text(fixture("gpxpy", "track-with-empty-segment.gpx"));
    const [withEmpty] = parseGpx(source);
    const [without] = parseGpx(source.replace("<trkseg></trkseg>", ""));
    expect(withEmpty).toEqual(without);
    expect(withEmpty).toMatchObject({ startInstant: "2013-07-06T17:26:26.000Z", elapsedSec: 76 });
  });

  it("reads a GPX 1.1 file with every field, whose times have no zone, as UTC", () => {
    const [track] = gpx("gpx1.1_with_all_fields.gpx");
    expect(track!.startInstant).toBe("2013-01-01T12:00:04.000Z");
  });

  it("gets past a byte-order mark, then finds only waypoints: not a run", () => {
    expect(() => gpx("unicode_with_bom.gpx")).toThrow("GPX file has no recorded track points (only waypoints, a planned route or empty tracks)");
  });
});

describe("parseGpx on made-up tracks", () => {
  it("measures distance and moving time, and leaves a pause between segments out of both", () => {
    const first = northwards(101, { step: 10, seconds: 3 });
    // Ten minutes later, 500 m further on: the watch was paused (a new segment).
    const second = northwards(101, { step: 10, seconds: 3, start: "2025-03-01T07:15:00Z", lat: first.at(-1)![0] + 500 / 111_195 });
    const [track] = parseGpx(gpxTrack([first, second], { type: "running" }));
    expect(track).toMatchObject({ sport: "running", runType: "other", startInstant: "2025-03-01T07:00:00.000Z", movingSec: 600, elapsedSec: 1200, warnings: [] });
    expect(track!.distanceKm).toBeCloseTo(2, 2);
  });

  it("counts standing still inside a segment as a pause", () => {
    const points = northwards(11, { step: 10, seconds: 3 });
    const last = points.at(-1)!;
    const stopped: [number, number, string] = [last[0], last[1], new Date(Date.parse(last[2]) + 120_000).toISOString()];
    const [track] = parseGpx(gpxTrack([[...points, stopped]]));
    expect(track).toMatchObject({ movingSec: 30, elapsedSec: 150 });
  });

  it("reads an uploaded file that starts with a byte-order mark", () => {
    const contents = readUpload("bom.gpx", new TextEncoder().encode(gpxTrack([northwards(3)], { bom: true })));
    expect(contents.kind === "activities" && [...contents.units()][0]).toMatchObject({ kind: "activity", activity: { distanceKm: expect.closeTo(0.02, 3) } });
  });

  it.each([
    ["cycling", null, []],
    ["trail_running", "trail", []],
    ["9", "other", []],
    ["16", null, []],
    ["17", null, []],
    ["1", null, []],
    ["53", null, []],
    ["jkljkl", "other", ['the file calls its sport "jkljkl", which is not a sport Stridewise knows, so it was imported as a run']],
  ])("reads <type>%s</type> as run type %s", (type, runType, warnings) => {
    expect(parseGpx(gpxTrack([northwards(3)], { type }))[0]).toMatchObject({ runType, warnings });
  });

  it("names Strava's numeric types in the report", () => {
    expect(parseGpx(gpxTrack([northwards(3)], { type: "16" }))[0]).toMatchObject({ sport: "Swim (Strava type 16)", runType: null });
    expect(parseGpx(gpxTrack([northwards(3)], { type: "9" }))[0]).toMatchObject({ sport: "Run (Strava type 9)", runType: "other" });
  });

  it("measures over track points without a position instead of stopping at them", () => {
    // Every other point loses its position (a logger between fixes): it keeps its time.
    let i = 0;
    const holes = gpxTrack([northwards(101, { step: 5 })]).replace(/<trkpt lat="[^"]*" lon="[^"]*">/g, (element) => (i++ % 2 === 1 ? "<trkpt>" : element));
    expect(parseGpx(holes)[0]!.distanceKm).toBeCloseTo(0.5, 2);
  });

  it("rejects a file cut short", () => {
    const whole = gpxTrack([northwards(50)]);
    expect(() => parseGpx(whole.slice(0, whole.length / 2))).toThrow("GPX file is not well-formed XML: it ends before its elements are closed (the file looks truncated)");
  });

  it("refuses entity declarations instead of expanding them", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><gpx><trk><name>&b;</name></trk></gpx>`;
    expect(() => parseGpx(bomb)).toThrow("GPX file declares XML entities, which are not accepted");
  });

  it("says so when the XML is not GPX", () => {
    expect(() => parseGpx("<kml><Document/></kml>")).toThrow("not a GPX file: its root element is <kml>, not <gpx>");
  });
});
