// GPX 1.0 and 1.1. A file is one activity: all its tracks and segments together (devices start a new
// segment after a pause). Routes and waypoints are plans and places, not runs, so they are ignored.

import { samplesOf } from "./samples";
import { sportFields } from "./sport";
import { isPlausibleTime, summariseTrack, type TrackPoint } from "./track";
import { ImportError, type ParsedActivity } from "./types";
import { extensionValues, listOf, numberOf, parseXml, parseXmlTime, rootElementName, textOf } from "./xml";

const ARRAY_TAGS = new Set(["trk", "trkseg", "trkpt"]);

export const NO_TIMES_WARNING = "the track has no usable time stamps, so it has no start time, moving time or elapsed time";

function toPoint(element: Record<string, unknown>): TrackPoint {
  const point: TrackPoint = { lat: numberOf(element["@_lat"]), lon: numberOf(element["@_lon"]), time: parseXmlTime(textOf(element.time)) };
  const ele = numberOf(element.ele);
  if (ele !== undefined) point.ele = ele;
  return { ...point, ...extensionValues(element.extensions) };
}

export function parseGpx(text: string): ParsedActivity[] {
  const root = rootElementName(text);
  if (root !== "gpx") throw new ImportError(`not a GPX file: its root element is <${root ?? "nothing"}>, not <gpx>`);
  const gpx = listOf(parseXml(text, "GPX", ARRAY_TAGS, ["extensions"]).gpx)[0] ?? {};
  const tracks = listOf(gpx.trk);
  const segments = tracks
    .flatMap((track) => listOf(track.trkseg))
    .map((segment) => listOf(segment.trkpt).map(toPoint))
    .filter((points) => points.length > 0);
  if (segments.length === 0) {
    throw new ImportError("GPX file has no recorded track points (only waypoints, a planned route or empty tracks)");
  }

  const summary = summariseTrack(segments);
  // A few timed points among hundreds (a logger that lost its clock) give a date but no durations.
  const partlyTimed = summary.timedPoints > 0 && summary.timedPoints < summary.points / 2;
  const metadata = listOf(gpx.metadata)[0];
  // GPX 1.1 keeps the file's name and time in <metadata>; 1.0 has them on <gpx> itself.
  const fileTime = parseXmlTime(textOf(metadata?.time) ?? textOf(gpx.time));
  const firstTrack = tracks[0];
  const sport = sportFields(textOf(tracks.map((track) => track.type).find((type) => textOf(type))), { freeText: true });
  const warnings = [...sport.warnings];
  if (summary.start === undefined) warnings.push(NO_TIMES_WARNING);
  if (partlyTimed) {
    warnings.push(`only ${summary.timedPoints} of ${summary.points} track points have times, so there is no start time or duration; the date is taken from them`);
  }
  const timed = summary.start !== undefined && !partlyTimed;
  const dateHint = partlyTimed ? summary.start : isPlausibleTime(fileTime) ? fileTime : undefined;

  return [
    {
      ...sport,
      warnings,
      name: textOf(firstTrack?.name) ?? textOf(metadata?.name) ?? textOf(gpx.name),
      startInstant: timed ? new Date(summary.start!).toISOString() : undefined,
      fileTime: dateHint !== undefined ? new Date(dateHint).toISOString() : undefined,
      distanceKm: summary.distanceM / 1000,
      movingSec: timed ? summary.movingSec : undefined,
      elapsedSec: timed ? summary.elapsedSec : undefined,
      samples: samplesOf(segments),
    },
  ];
}
