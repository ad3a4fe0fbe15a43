// One run as GPX 1.1 and as TCX (issue 21), from its stored samples: what the importer reads back to the
// same run (the same start, distance and times), with elevation, heart rate and cadence where recorded.

import type { RunSamples } from "../import/samples";
import { distanceAlong } from "./analysis";

export type ExportedRun = { name: string; type: string; startAt: Date | null; samples: RunSamples };

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
const fixed = (value: number, digits: number) => String(Number(value.toFixed(digits)));

function timeAt(run: ExportedRun, i: number): string | undefined {
  const t = run.samples.t[i]!;
  const start = run.samples.start ?? run.startAt?.getTime();
  return start !== undefined && Number.isFinite(t) ? new Date(start + t * 1000).toISOString() : undefined;
}

/** Segments split where the device recorded a pause. */
function segmentRanges(samples: RunSamples): [number, number][] {
  const edges = [0, ...samples.breaks, samples.t.length];
  return edges.slice(1).map((end, i) => [edges[i]!, end]);
}

export function toGpx(run: ExportedRun): string {
  const { samples } = run;
  const segments = segmentRanges(samples).map(([from, to]) => {
    const points: string[] = [];
    for (let i = from; i < to; i++) {
      if (!Number.isFinite(samples.lat[i]) || !Number.isFinite(samples.lon[i])) continue;
      const time = timeAt(run, i);
      const ext = [Number.isFinite(samples.hr[i]) ? `<gpxtpx:hr>${Math.round(samples.hr[i]!)}</gpxtpx:hr>` : "", Number.isFinite(samples.cad[i]) ? `<gpxtpx:cad>${Math.round(samples.cad[i]!)}</gpxtpx:cad>` : ""].join("");
      points.push(
        `<trkpt lat="${fixed(samples.lat[i]!, 7)}" lon="${fixed(samples.lon[i]!, 7)}">` +
          (Number.isFinite(samples.ele[i]) ? `<ele>${fixed(samples.ele[i]!, 1)}</ele>` : "") +
          (time ? `<time>${time}</time>` : "") +
          (ext ? `<extensions><gpxtpx:TrackPointExtension>${ext}</gpxtpx:TrackPointExtension></extensions>` : "") +
          "</trkpt>",
      );
    }
    return `<trkseg>${points.join("\n")}</trkseg>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="Stridewise" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">',
    `<trk><name>${escapeXml(run.name)}</name><type>running</type>`,
    ...segments,
    "</trk></gpx>",
    "",
  ].join("\n");
}

export function toTcx(run: ExportedRun): string {
  const { samples } = run;
  const along = distanceAlong(samples);
  const start = timeAt(run, 0) ?? run.startAt?.toISOString() ?? new Date(0).toISOString();
  const tracks = segmentRanges(samples).map(([from, to]) => {
    const points: string[] = [];
    for (let i = from; i < to; i++) {
      const time = timeAt(run, i);
      if (!time) continue;
      const position = Number.isFinite(samples.lat[i]) && Number.isFinite(samples.lon[i])
        ? `<Position><LatitudeDegrees>${fixed(samples.lat[i]!, 7)}</LatitudeDegrees><LongitudeDegrees>${fixed(samples.lon[i]!, 7)}</LongitudeDegrees></Position>`
        : "";
      points.push(
        `<Trackpoint><Time>${time}</Time>${position}` +
          (Number.isFinite(samples.ele[i]) ? `<AltitudeMeters>${fixed(samples.ele[i]!, 1)}</AltitudeMeters>` : "") +
          `<DistanceMeters>${fixed(along[i]!, 1)}</DistanceMeters>` +
          (Number.isFinite(samples.hr[i]) ? `<HeartRateBpm><Value>${Math.round(samples.hr[i]!)}</Value></HeartRateBpm>` : "") +
          "</Trackpoint>",
      );
    }
    return `<Track>${points.join("\n")}</Track>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">',
    `<Activities><Activity Sport="Running"><Id>${start}</Id><Lap StartTime="${start}">`,
    ...tracks,
    "</Lap></Activity></Activities></TrainingCenterDatabase>",
    "",
  ].join("\n");
}
