// Helpers shared by the importer's tests: the committed fixtures, and files made in the test.

import { readFileSync } from "node:fs";
import path from "node:path";
import type { LapMesg, RecordMesg } from "@garmin/fitsdk";

export function fixture(project: "python-fitparse" | "gpxpy", name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(import.meta.dirname, "fixtures", project, name)));
}

export function text(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

const DEGREES = 180 / 2 ** 31;

/**
 * A TCX file written from a FIT file's decoded laps and records, the way Garmin Connect exports a run: one
 * <Lap> per FIT lap with the device's totals, its records as trackpoints. With `lapTotals: false` the
 * totals are zero (as some exporters write them), so a reader has to measure the trackpoints instead.
 */
export function tcxFromFit(laps: readonly LapMesg[], records: readonly RecordMesg[], { lapTotals }: { lapTotals: boolean }): string {
  const time = (value: unknown) => (value instanceof Date ? value.getTime() : NaN);
  const lapElements = laps.map((lap, i) => {
    const from = time(lap.startTime);
    const to = i + 1 < laps.length ? time(laps[i + 1]!.startTime) : Infinity;
    const points = records
      .filter((record) => time(record.timestamp) >= from && time(record.timestamp) < to)
      .map((record) => {
        const position =
          typeof record.positionLat === "number" && typeof record.positionLong === "number"
            ? `<Position><LatitudeDegrees>${record.positionLat * DEGREES}</LatitudeDegrees><LongitudeDegrees>${record.positionLong * DEGREES}</LongitudeDegrees></Position>`
            : "";
        const distance = typeof record.distance === "number" ? `<DistanceMeters>${record.distance}</DistanceMeters>` : "";
        return `<Trackpoint><Time>${(record.timestamp as Date).toISOString()}</Time>${position}${distance}</Trackpoint>`;
      });
    const seconds = lapTotals ? (lap.totalTimerTime ?? 0) : 0;
    const metres = lapTotals ? (lap.totalDistance ?? 0) : 0;
    return `<Lap StartTime="${new Date(from).toISOString()}"><TotalTimeSeconds>${seconds}</TotalTimeSeconds><DistanceMeters>${metres}</DistanceMeters>
      <Track>${points.join("\n")}</Track></Lap>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
  <Activities><Activity Sport="Running"><Id>${new Date(time(laps[0]?.startTime)).toISOString()}</Id>
    ${lapElements.join("\n")}
  </Activity></Activities>
</TrainingCenterDatabase>`;
}

/** A GPX 1.1 track from [lat, lon, ISO time?] points, one array per segment. */
export function gpxTrack(segments: readonly (readonly [number, number, string?][])[], { type, bom = false }: { type?: string; bom?: boolean } = {}): string {
  const body = segments
    .map((points) => `<trkseg>${points.map(([lat, lon, time]) => `<trkpt lat="${lat}" lon="${lon}">${time ? `<time>${time}</time>` : ""}</trkpt>`).join("")}</trkseg>`)
    .join("\n");
  return `${bom ? "\uFEFF" : ""}<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk>${type ? `<type>${type}</type>` : ""}${body}</trk></gpx>`;
}

/** Points due north from (lat, lon), `step` metres and `seconds` apart: easy distances to check. */
export function northwards(count: number, { step = 10, seconds = 3, start = "2025-03-01T07:00:00Z", lat = 55.6, lon = 12.5 } = {}) {
  const degreesPerMetre = 1 / 111_195;
  const t0 = Date.parse(start);
  return Array.from({ length: count }, (_, i): [number, number, string] => [
    lat + i * step * degreesPerMetre,
    lon,
    new Date(t0 + i * seconds * 1000).toISOString(),
  ]);
}
