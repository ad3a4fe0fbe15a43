// Garmin Training Center (TCX). Each <Activity> is one activity, and so is each leg of a multisport
// session (a triathlon: its running legs are runs, the rest are skipped). The laps' totals are what the
// device showed; the trackpoints are the fallback for exporters that leave the totals at zero.

import type { RunType } from "../analysis/types";
import { samplesOf } from "./samples";
import { sportFields } from "./sport";
import { summariseTrack, type TrackPoint } from "./track";
import { ImportError, type ParsedActivity } from "./types";
import { extensionValues, listOf, numberOf, parseXml, parseXmlTime, rootElementName, textOf } from "./xml";

const ARRAY_TAGS = new Set(["Activity", "MultiSportSession", "NextSport", "Lap", "Track", "Trackpoint"]);

/**
 * TCX allows three sports: Running, Biking and Other. Other is a sport the file states (a swim, a walk),
 * so it is not a run; only a missing Sport is "not stated".
 */
function tcxSport(sport: string | undefined): { sport: string; runType: RunType | null; warnings: string[] } {
  if (sport?.trim().toLowerCase() === "other") return { sport: "Other", runType: null, warnings: [] };
  return sportFields(sport, { freeText: true });
}

/** The activities of the file: plain ones, and each leg of a multisport session (transitions are not legs). */
function activitiesOf(activities: Record<string, unknown> | undefined): Record<string, unknown>[] {
  const legs = listOf(activities?.MultiSportSession).flatMap((session) => [
    ...listOf(listOf(session.FirstSport)[0]?.Activity),
    ...listOf(session.NextSport).flatMap((next) => listOf(next.Activity)),
  ]);
  return [...listOf(activities?.Activity), ...legs];
}

function toPoint(element: Record<string, unknown>): TrackPoint {
  const position = listOf(element.Position)[0];
  return {
    time: parseXmlTime(textOf(element.Time)),
    lat: numberOf(position?.LatitudeDegrees),
    lon: numberOf(position?.LongitudeDegrees),
    distanceM: numberOf(element.DistanceMeters),
    ele: numberOf(element.AltitudeMeters),
    hr: numberOf(listOf(element.HeartRateBpm)[0]?.Value),
    cad: numberOf(element.Cadence) ?? extensionValues(element.Extensions).cad,
  };
}

function readActivity(activity: Record<string, unknown>): ParsedActivity {
  const laps = listOf(activity.Lap);
  // A new <Track> starts after each pause; each is summed on its own.
  const segments = laps
    .flatMap((lap) => listOf(lap.Track))
    .map((track) => listOf(track.Trackpoint).map(toPoint))
    .filter((points) => points.length > 0);
  const summary = summariseTrack(segments);
  const lapDistance = laps.reduce((sum, lap) => sum + (numberOf(lap.DistanceMeters) ?? 0), 0);
  const lapTime = laps.reduce((sum, lap) => sum + (numberOf(lap.TotalTimeSeconds) ?? 0), 0);
  if (laps.length === 0 || (lapDistance === 0 && summary.points === 0)) {
    throw new ImportError("TCX activity has no laps or track points");
  }

  const start = parseXmlTime(laps[0]?.["@_StartTime"]) ?? parseXmlTime(textOf(activity.Id)) ?? summary.start;
  const movingSec = lapTime > 0 ? Math.round(lapTime) : summary.movingSec;
  const end = summary.end;
  const elapsedSec = start !== undefined && end !== undefined ? Math.max(Math.round((end - start) / 1000), movingSec ?? 0) : movingSec;
  const sport = tcxSport(textOf(activity["@_Sport"]));
  return {
    ...sport,
    startInstant: start !== undefined ? new Date(start).toISOString() : undefined,
    distanceKm: (lapDistance > 0 ? lapDistance : summary.distanceM) / 1000,
    movingSec,
    elapsedSec,
    samples: samplesOf(segments),
  };
}

export function parseTcx(text: string): ParsedActivity[] {
  const root = rootElementName(text);
  if (root !== "TrainingCenterDatabase") {
    throw new ImportError(`not a TCX file: its root element is <${root ?? "nothing"}>, not <TrainingCenterDatabase>`);
  }
  const database = listOf(parseXml(text, "TCX", ARRAY_TAGS, ["Extensions"]).TrainingCenterDatabase)[0] ?? {};
  const activities = activitiesOf(listOf(database.Activities)[0]);
  if (activities.length === 0) {
    const what = database.Courses ? "a course" : database.Workouts ? "workouts" : "no activities";
    throw new ImportError(`TCX file holds ${what}, not a recorded activity`);
  }
  return activities.map(readActivity);
}
