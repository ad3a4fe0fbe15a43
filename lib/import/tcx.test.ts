import { describe, expect, it } from "vitest";
import { readUpload } from "./detect";
import { parseTcx } from "./tcx";

function tcx(activities: string) {
  return `<?xml version="1.0" encoding="UTF-8"?><TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities>${activities}</Activities></TrainingCenterDatabase>`;
}

const lap = (start: string, seconds: number, metres: number, points = "") =>
  `<Lap StartTime="${start}"><TotalTimeSeconds>${seconds}</TotalTimeSeconds><DistanceMeters>${metres}</DistanceMeters><Track>${points}</Track></Lap>`;
const point = (time: string, metres: number) => `<Trackpoint><Time>${time}</Time><DistanceMeters>${metres}</DistanceMeters></Trackpoint>`;

describe("parseTcx", () => {
  it("sums the laps the device wrote, and measures elapsed time to the last trackpoint (a pause in between)", () => {
    const [run] = parseTcx(
      tcx(`<Activity Sport="Running"><Id>2025-03-01T07:00:00Z</Id>
        ${lap("2025-03-01T07:00:00Z", 300, 1000, point("2025-03-01T07:00:00Z", 0) + point("2025-03-01T07:05:00Z", 1000))}
        ${lap("2025-03-01T07:10:00Z", 290, 1000, point("2025-03-01T07:10:00Z", 1000) + point("2025-03-01T07:14:50Z", 2000))}
      </Activity>`),
    );
    expect(run).toEqual({ sport: "Running", runType: "other", warnings: [], startInstant: "2025-03-01T07:00:00.000Z", distanceKm: 2, movingSec: 590, elapsedSec: 890, samples: expect.objectContaining({ breaks: [2] }) });
  });

  it("gives one activity per <Activity>, and marks a ride as not a run", () => {
    const activities = parseTcx(
      tcx(`<Activity Sport="Running"><Id>2025-03-01T07:00:00Z</Id>${lap("2025-03-01T07:00:00Z", 600, 2000)}</Activity>
           <Activity Sport="Biking"><Id>2025-03-02T07:00:00Z</Id>${lap("2025-03-02T07:00:00Z", 600, 5000)}</Activity>`),
    );
    expect(activities.map((activity) => [activity.runType, activity.distanceKm])).toEqual([["other", 2], [null, 5]]);
  });

  it("reads Sport=\"Other\" as a stated sport that is not a run, so the importer skips and counts it", () => {
    const file = tcx(`<Activity Sport="Other"><Id>2025-03-01T07:00:00Z</Id>${lap("2025-03-01T07:00:00Z", 600, 2000)}</Activity>`);
    expect(parseTcx(file)[0]).toMatchObject({ sport: "Other", runType: null, warnings: [] });
    const contents = readUpload("swim.tcx", new TextEncoder().encode(file));
    expect(contents.kind === "activities" && [...contents.units()]).toEqual([{ kind: "not-run", label: "swim.tcx", sport: "Other" }]);
  });

  it("imports an activity without a Sport as a run, and says why", () => {
    const [run] = parseTcx(tcx(`<Activity><Id>2025-03-01T07:00:00Z</Id>${lap("2025-03-01T07:00:00Z", 600, 2000)}</Activity>`));
    expect(run).toMatchObject({ runType: "other", warnings: ["the file does not say which sport it is, so it was imported as a run"] });
  });

  it("reads each leg of a multisport session (a triathlon), keeping the runs; transitions are not legs", () => {
    const leg = (sport: string, start: string, metres: number) =>
      `<Activity Sport="${sport}"><Id>${start}</Id>${lap(start, 600, metres)}</Activity>`;
    const transition = `<Transition StartTime="2025-03-01T07:30:00Z"><TotalTimeSeconds>120</TotalTimeSeconds><DistanceMeters>50</DistanceMeters></Transition>`;
    const activities = parseTcx(
      tcx(`<MultiSportSession><Id>2025-03-01T07:00:00Z</Id>
        <FirstSport>${leg("Other", "2025-03-01T07:00:00Z", 1500)}</FirstSport>
        <NextSport>${transition}${leg("Biking", "2025-03-01T07:32:00Z", 40000)}</NextSport>
        <NextSport>${transition}${leg("Running", "2025-03-01T08:45:00Z", 10000)}</NextSport>
      </MultiSportSession>`),
    );
    expect(activities.map((activity) => [activity.sport, activity.runType, activity.distanceKm, activity.startInstant])).toEqual([
      ["Other", null, 1.5, "2025-03-01T07:00:00.000Z"],
      ["Biking", null, 40, "2025-03-01T07:32:00.000Z"],
      ["Running", "other", 10, "2025-03-01T08:45:00.000Z"],
    ]);
  });

  it("measures trackpoints over those without a position, instead of breaking the chain at them", () => {
    // Every other trackpoint has only a time (a watch between GPS fixes); no lap totals, no device distance.
    const points = Array.from({ length: 101 }, (_, i) => {
      const time = new Date(Date.parse("2025-03-01T07:00:00Z") + i * 3000).toISOString();
      const position = i % 2 === 0 ? `<Position><LatitudeDegrees>${55.6 + (i * 5) / 111_195}</LatitudeDegrees><LongitudeDegrees>12.5</LongitudeDegrees></Position>` : "";
      return `<Trackpoint><Time>${time}</Time>${position}</Trackpoint>`;
    });
    const [run] = parseTcx(tcx(`<Activity Sport="Running"><Id>2025-03-01T07:00:00Z</Id>${lap("2025-03-01T07:00:00Z", 0, 0, points.join(""))}</Activity>`));
    expect(run!.distanceKm).toBeCloseTo(0.5, 2);
    expect(run!.movingSec).toBe(300);
  });

  it("carries the device distance over trackpoints that lack one", () => {
    const points = [point("2025-03-01T07:00:00Z", 0), "<Trackpoint><Time>2025-03-01T07:02:00Z</Time></Trackpoint>", point("2025-03-01T07:05:00Z", 1000)];
    const [run] = parseTcx(tcx(`<Activity Sport="Running"><Id>2025-03-01T07:00:00Z</Id>${lap("2025-03-01T07:00:00Z", 0, 0, points.join(""))}</Activity>`));
    expect(run).toMatchObject({ distanceKm: 1, movingSec: 300 });
  });

  it("rejects a course, which is a plan and not a recorded activity", () => {
    expect(() => parseTcx(`<TrainingCenterDatabase><Courses><Course><Name>Loop</Name></Course></Courses></TrainingCenterDatabase>`)).toThrow(
      "TCX file holds a course, not a recorded activity",
    );
  });

  it("rejects a file cut short", () => {
    const whole = tcx(`<Activity Sport="Running"><Id>2025-03-01T07:00:00Z</Id>${lap("2025-03-01T07:00:00Z", 600, 2000)}</Activity>`);
    expect(() => parseTcx(whole.slice(0, 200))).toThrow("TCX file is not well-formed XML");
  });
});
