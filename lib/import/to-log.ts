// Activities as a stridewise-log, for the analyse command: it reads every format the importer reads,
// through the same parsers. The log is in UTC (weeks start at UTC midnight), and a run is dated at its
// file's own UTC offset when the file records one (FIT), so a late evening run is on its own day.

import { parseStridewiseLog, type LogParseResult } from "../log-format/parse";
import { LOG_FORMAT, LOG_VERSION, type StridewiseLogInput } from "../log-format/schema";
import { unitsOf, type ImportUnit } from "./activity-file";
import { parseGpx } from "./gpx";
import { localDateAndTime } from "./plan";
import { isStravaActivitiesCsv, parseStravaCsv } from "./strava";
import { parseTcx } from "./tcx";
import { describeImportFailure } from "./types";
import { rootElementName } from "./xml";

type RunInput = NonNullable<StridewiseLogInput["runs"]>[number];

/** Strict, like the rest of the command: one activity that cannot be read makes the file unreadable. */
export function activitiesToLog(units: Iterable<ImportUnit>): LogParseResult {
  const runs: RunInput[] = [];
  const shoeIds = new Map<string, string>();
  let undated = 0;
  for (const unit of units) {
    if (unit.kind === "failed") return { ok: false, error: `${unit.label}: ${unit.reason}` };
    if (unit.kind === "not-run") continue;
    const { activity } = unit;
    const when = activity.startInstant ?? activity.fileTime;
    if (!when || !(activity.distanceKm > 0)) {
      undated++;
      continue;
    }
    const seconds = activity.movingSec || activity.elapsedSec;
    let shoeId: string | undefined;
    if (activity.shoeName) {
      shoeId = shoeIds.get(activity.shoeName) ?? `shoe-${shoeIds.size + 1}`;
      shoeIds.set(activity.shoeName, shoeId);
    }
    runs.push({
      id: activity.sourceId ?? `a-${runs.length + 1}`,
      date: localDateAndTime(new Date(when), "UTC", activity.utcOffsetMin).date,
      ...(activity.startInstant ? { start: activity.startInstant } : {}),
      distanceKm: Math.round(activity.distanceKm * 1000) / 1000,
      ...(seconds ? { durationSec: seconds } : {}),
      type: activity.runType ?? "other",
      ...(shoeId ? { shoeId } : {}),
    });
  }
  if (runs.length === 0 && undated > 0) return { ok: false, error: "no run in the file has a date and a distance to analyse" };
  const shoes = [...shoeIds].map(([name, id]) => ({ id, name }));
  return parseStridewiseLog({ format: LOG_FORMAT, version: LOG_VERSION, athlete: { timezone: "UTC" }, shoes, runs });
}

/** GPX, TCX or a Strava activities.csv given as text; undefined when the text is none of them. */
export function parseActivityText(text: string): LogParseResult | undefined {
  // Binary files decoded as UTF-8 have lost bytes for good; say what they are rather than misread them.
  const binary = text.slice(8, 12) === ".FIT" ? "a FIT file" : text.startsWith("PK\u0003\u0004") ? "a zip file" : text.startsWith("\u001f\ufffd") ? "a gzip file" : undefined;
  if (binary) return { ok: false, error: `${binary} is binary and has to be read as bytes, not as text` };
  try {
    if (isStravaActivitiesCsv(text)) {
      return activitiesToLog(parseStravaCsv(text).rows);
    }
    if (!text.trimStart().startsWith("<")) return undefined;
    const root = rootElementName(text);
    const parse = root === "gpx" ? parseGpx : root === "TrainingCenterDatabase" ? parseTcx : undefined;
    if (!parse) return undefined;
    return activitiesToLog(unitsOf("the file", parse(text)));
  } catch (error) {
    return { ok: false, error: describeImportFailure(error) };
  }
}
