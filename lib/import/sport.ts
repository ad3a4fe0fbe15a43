// Which recorded sports are runs, and as which run type: one table for GPX <type>, TCX Sport, FIT
// sport/sub-sport and Strava's Activity Type, so every format skips the same things.

import type { RunType } from "../analysis/types";

const RUN_TYPES_BY_SPORT: Record<string, RunType> = {
  run: "other",
  running: "other",
  roadrunning: "other",
  streetrunning: "other",
  trackrunning: "other",
  trailrun: "trail",
  trailrunning: "trail",
  treadmill: "treadmill",
  treadmillrunning: "treadmill",
  indoorrunning: "treadmill",
  // A virtual run (Zwift and the like) is run on a treadmill.
  virtualrun: "treadmill",
  virtualrunning: "treadmill",
};

/**
 * Sports that are clearly not runs, for free-text sports (a GPX <type> can say anything: GPSBabel writes
 * junk there). A word in neither list is treated as unstated rather than as "not a run".
 */
const NOT_RUNS = new Set([
  "ride", "cycling", "biking", "bike", "ebikeride", "mountainbiking", "mountainbikeride", "roadbiking",
  "gravelride", "virtualride", "indoorcycling", "walk", "walking", "hike", "hiking", "swim", "swimming", "openwaterswimming",
  "lapswimming", "rowing", "kayaking", "canoeing", "alpineski", "backcountryski", "nordicski", "crosscountryskiing",
  "skiing", "snowboard", "snowshoe", "iceskate", "inlineskate", "elliptical", "stairstepper", "weighttraining", "workout",
  "yoga", "golf", "sailing", "surfing", "windsurf", "kitesurf", "rockclimbing", "wheelchair", "handcycle",
]);

/** Words that only say "the recorder did not know": the runner chose to upload it to a running log. */
const UNSTATED = new Set(["", "other", "generic", "unknown", "all", "notstated"]);

/**
 * Strava writes its activity type as a number in a GPX file's <type>: this is its whole list, and 9 (Run)
 * is the only run in it. A number outside the list is not a run either (Strava names no other run types).
 */
const STRAVA_GPX_TYPES = [
  "", "Ride", "Alpine Ski", "Backcountry Ski", "Hike", "Ice Skate", "Inline Skate", "Nordic Ski", "Roller Ski", "Run",
  "Walk", "Workout", "Snowboard", "Snowshoe", "Kitesurf", "Windsurf", "Swim", "Virtual Ride", "E-Bike Ride", "Water Sport",
  "Canoeing", "Kayaking", "Rowing", "Stand Up Paddling", "Surfing", "Crossfit", "Elliptical", "Rock Climbing", "Stair Stepper",
  "Weight Training", "Yoga",
];
const STRAVA_RUN_TYPE = 9;

function stravaGpxType(code: string): { sport: string; runType: RunType | null; warnings: string[] } {
  const number = Number(code);
  const name = STRAVA_GPX_TYPES[number];
  return { sport: name ? `${name} (Strava type ${number})` : `Strava type ${number}`, runType: number === STRAVA_RUN_TYPE ? "other" : null, warnings: [] };
}

export const SPORT_NOT_STATED = "not stated";
export const SPORT_NOT_STATED_WARNING = "the file does not say which sport it is, so it was imported as a run";

function normalise(sport: string): string {
  return sport.toLowerCase().replace(/[^a-z0-9]/g, "");
}

export function isSportStated(sport: string | undefined): sport is string {
  return sport !== undefined && !UNSTATED.has(normalise(sport));
}

/**
 * The run type for a recorded sport, or null when it is not a run. An unstated sport counts as a run
 * (with a warning, see SPORT_NOT_STATED_WARNING) because it was uploaded to a running log.
 */
export function runTypeOfSport(sport: string | undefined): RunType | null {
  if (!isSportStated(sport)) return "other";
  return RUN_TYPES_BY_SPORT[normalise(sport)] ?? null;
}

/**
 * The sport fields of a parsed activity, with a warning when the sport was unstated. For a free-text
 * sport (GPX) only a known non-run sport is skipped; an unknown word is imported as a run, with a warning.
 */
export function sportFields(
  sport: string | undefined,
  { freeText = false } = {},
): { sport: string; runType: RunType | null; warnings: string[] } {
  if (!isSportStated(sport)) return { sport: SPORT_NOT_STATED, runType: "other", warnings: [SPORT_NOT_STATED_WARNING] };
  if (freeText && /^\d{1,4}$/.test(sport.trim())) return stravaGpxType(sport.trim());
  const runType = runTypeOfSport(sport);
  if (runType === null && freeText && !NOT_RUNS.has(normalise(sport))) {
    return { sport, runType: "other", warnings: [`the file calls its sport ${JSON.stringify(sport)}, which is not a sport Stridewise knows, so it was imported as a run`] };
  }
  return { sport, runType, warnings: [] };
}
