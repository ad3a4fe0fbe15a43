import { gzipSync } from "node:zlib";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readUpload, type ImportUnit } from "./detect";
import { DuplicateIndex, planActivity } from "./plan";
import { parseStravaDate } from "./strava";
import { fixture, gpxTrack, northwards } from "./test-files";

// The header of a real Strava bulk export (trimmed to the columns that matter, order and repeats kept):
// "Elapsed Time" and "Distance" come twice, the first Distance in the account's unit, the second in metres.
const HEADER =
  "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Commute,Activity Gear,Filename,Elapsed Time,Moving Time,Distance,Average Speed";

const ROWS = [
  '1001,"Nov 3, 2024, 6:12:45 AM",Morning Run,Run,,3000,10.02,false,Pegasus 40,activities/1001.fit.gz,3000.0,2950.0,10020.5,3.4',
  // A name with a comma, and no moving time: that is read from the gzipped GPX.
  '1002,"Nov 5, 2024, 5:01:02 PM","Hills, then home",Trail Run,"Muddy",320,1.00,false,Speedgoat 5,activities/1002.gpx.gz,320.0,,1000.0,3.1',
  '1003,"Nov 6, 2024, 7:00:00 AM",Commute,Ride,,1800,12.5,true,Old Bike,activities/1003.gpx.gz,1800.0,1700.0,12500.0,7.3',
  '1004,"Nov 7 2024, 25:99 XM",Broken Run,Run,,1500,5.00,false,Ghost 15,,1500.0,1500.0,5000.0,3.3',
  // Newer exports put a narrow no-break space before AM/PM.
  '1005,"Nov 8, 2024, 6:00:00\u202FAM",Zwift,Virtual Run,,1200,4.00,false,,,1200.0,1190.0,4000.0,3.3',
];

function stravaZip(files: Record<string, Uint8Array> = {}): Uint8Array {
  const gpx = gpxTrack([northwards(101, { step: 10, seconds: 3, start: "2024-11-05T17:01:02Z" })], { type: "running" });
  return zipSync({
    "activities.csv": strToU8([HEADER, ...ROWS].join("\n")),
    "activities/1001.fit.gz": gzipSync(fixture("python-fitparse", "garmin-fenix-5-run.fit")),
    "activities/1002.gpx.gz": gzipSync(gpx),
    "media/photo.jpg": new Uint8Array([0xff, 0xd8, 0xff, 0xe0]),
    ...files,
  });
}

function unitsOf(name: string, bytes: Uint8Array): ImportUnit[] {
  const contents = readUpload(name, bytes);
  if (contents.kind !== "activities") throw new Error("expected activities");
  return [...contents.units()];
}

describe("a Strava bulk export", () => {
  const units = unitsOf("export_123.zip", stravaZip());
  const activities = units.flatMap((unit) => (unit.kind === "activity" ? [unit.activity] : []));

  it("imports the runs, skips the ride and reports the row with a broken date", () => {
    expect(units.map((unit) => unit.kind)).toEqual(["activity", "activity", "not-run", "failed", "activity"]);
    expect(units[2]).toEqual({ kind: "not-run", label: "row 3 (activity 1003)", sport: "Ride" });
    expect(units[3]).toEqual({ kind: "failed", label: "row 4 (activity 1004)", reason: 'Activity Date "Nov 7 2024, 25:99 XM" is not a date like "Nov 3, 2024, 6:12:45 AM"' });
  });

  it("names only the shoes of the runs it imports (no shoe from the ride or the broken row)", () => {
    expect(activities.map((activity) => activity.shoeName)).toEqual(["Pegasus 40", "Speedgoat 5", undefined]);
  });

  it("takes distance and times from the metres and seconds columns, and the start as UTC", () => {
    expect(activities[0]).toMatchObject({
      sourceId: "strava:1001",
      runType: "other",
      startInstant: "2024-11-03T06:12:45.000Z",
      distanceKm: 10.0205,
      movingSec: 2950,
      elapsedSec: 3000,
      notes: "Morning Run",
    });
    expect(activities[2]).toMatchObject({ sourceId: "strava:1005", runType: "treadmill", startInstant: "2024-11-08T06:00:00.000Z" });
  });

  it("keeps a name with a comma whole, and reads what a row lacks from its gzipped activity file", () => {
    expect(activities[1]).toMatchObject({ runType: "trail", notes: "Hills, then home\nMuddy", distanceKm: 1, movingSec: 300, elapsedSec: 320, warnings: [] });
  });

  it("falls back to the CSV's values, with a warning, when the activity file is corrupt", () => {
    const [, second] = unitsOf("export.zip", stravaZip({ "activities/1002.gpx.gz": gzipSync("<gpx><trk><trkseg><trkpt") }));
    expect(second).toMatchObject({ kind: "activity", activity: { movingSec: undefined, elapsedSec: 320 } });
    expect(second?.kind === "activity" && second.activity.warnings[0]).toMatch(/^activities\/1002\.gpx\.gz: GPX file is not well-formed XML/);
  });

  it("does not read the file of an activity the account already has (a re-import)", () => {
    const contents = readUpload("export.zip", stravaZip({ "activities/1002.gpx.gz": gzipSync("<gpx><trk><trkseg><trkpt") }));
    const units = contents.kind === "activities" ? [...contents.units((activity) => activity.sourceId === "strava:1002")] : [];
    expect(units[1]).toMatchObject({ kind: "activity", activity: { sourceId: "strava:1002", warnings: [] } });
  });

  it("finds activities.csv inside a folder when the export was unzipped and zipped again", () => {
    const nested = zipSync({ "export_123/activities.csv": strToU8([HEADER, ROWS[0]].join("\n")) });
    expect(unitsOf("again.zip", nested)).toMatchObject([{ kind: "activity", activity: { sourceId: "strava:1001" } }]);
  });

  it("changes nothing when the same export is imported twice", () => {
    const options = { timezone: "Europe/Copenhagen", today: "2025-01-01" };
    const planned = units.flatMap((unit) => {
      if (unit.kind !== "activity") return [];
      const run = planActivity(unit.label, unit.activity, options);
      return run.ok ? [run.value] : [];
    });
    expect(planned.map((run) => run.date)).toEqual(["2024-11-03", "2024-11-05", "2024-11-08"]);
    const index = new DuplicateIndex();
    planned.forEach((run) => index.add(run));
    expect(planned.filter((run) => !index.has(run))).toEqual([]);
  });
});

describe("activities.csv on its own", () => {
  it("imports from the CSV alone and says what it could not read without the zip", () => {
    const contents = readUpload("activities.csv", strToU8(`\uFEFF${[HEADER, ...ROWS].join("\r\n")}\r\n`));
    expect(contents.kind === "activities" && contents.notes).toEqual([
      "only activities.csv was uploaded: values missing from a row are not read from its activity file (upload the whole zip for that)",
    ]);
    const units = contents.kind === "activities" ? [...contents.units()] : [];
    expect(units.map((unit) => unit.kind)).toEqual(["activity", "activity", "not-run", "failed", "activity"]);
  });

  it("reads an old export's single Distance column as kilometres", () => {
    const old = ["Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance", '7,"Mar 1, 2019, 8:00:00 AM",Run,Run,1800,5.5'].join("\n");
    const contents = readUpload("activities.csv", strToU8(old));
    expect(contents.kind === "activities" && [...contents.units()][0]).toMatchObject({ activity: { distanceKm: 5.5, elapsedSec: 1800 } });
  });
});

describe("parseStravaDate", () => {
  it.each([
    ["Nov 3, 2024, 6:12:45 AM", "2024-11-03T06:12:45.000Z"],
    ["Nov 3, 2024, 12:05:00 AM", "2024-11-03T00:05:00.000Z"],
    ["Nov 3, 2024, 12:05:00 PM", "2024-11-03T12:05:00.000Z"],
    ["Jan 15, 2020 7:30:00 PM", "2020-01-15T19:30:00.000Z"],
    ["Sept 9, 2023, 5:00:00\u202FPM", "2023-09-09T17:00:00.000Z"],
  ])("reads %s as UTC", (input, iso) => {
    expect(new Date(parseStravaDate(input)!).toISOString()).toBe(iso);
  });

  it.each(["Feb 30, 2024, 6:00:00 AM", "Nov 3, 2024, 13:00:00 PM", "2024-11-03", "", "Foo 3, 2024, 6:00:00 AM"])("rejects %j", (input) => {
    expect(parseStravaDate(input)).toBeUndefined();
  });
});
