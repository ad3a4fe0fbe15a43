import { describe, expect, it } from "vitest";
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
    expect(run).toEqual({ sport: "Running", runType: "other", warnings: [], startInstant: "2025-03-01T07:00:00.000Z", distanceKm: 2, movingSec: 590, elapsedSec: 890 });
  });

  it("gives one activity per <Activity>, and marks a ride as not a run", () => {
    const activities = parseTcx(
      tcx(`<Activity Sport="Running"><Id>2025-03-01T07:00:00Z</Id>${lap("2025-03-01T07:00:00Z", 600, 2000)}</Activity>
           <Activity Sport="Biking"><Id>2025-03-02T07:00:00Z</Id>${lap("2025-03-02T07:00:00Z", 600, 5000)}</Activity>`),
    );
    expect(activities.map((activity) => [activity.runType, activity.distanceKm])).toEqual([["other", 2], [null, 5]]);
  });

  it("imports Sport=\"Other\" as a run and says why", () => {
    const [run] = parseTcx(tcx(`<Activity Sport="Other"><Id>2025-03-01T07:00:00Z</Id>${lap("2025-03-01T07:00:00Z", 600, 2000)}</Activity>`));
    expect(run).toMatchObject({ runType: "other", warnings: ["the file does not say which sport it is, so it was imported as a run"] });
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
