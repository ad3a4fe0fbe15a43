// The `stridewise-log` v1 document (shared LOG-FORMAT.md) as zod schemas. The importer, the exporter, the
// CSV reader and the analyse command all validate through these, so there is one definition of a valid log.
// Messages are fragments ("must be ..."); parseStridewiseLog puts the field path in front of them.

import { z } from "zod";
import { PAIN_LOCATIONS, PAIN_SIDES, PAIN_TIMINGS, RUN_TYPES } from "../analysis/types";
import { isWellFormed } from "../validation/text";
import { isLocalDate, isTimeZone } from "./values";

export const LOG_FORMAT = "stridewise-log";
export const LOG_VERSION = 1;
export const MAX_DISTANCE_KM = 1000;
export const MAX_NOTES_LENGTH = 2000;
const MAX_ID_LENGTH = 200;

/** A message for a wrong value, and "is required" when the value is missing altogether. */
function says(message: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : message) };
}

const oneOf = (values: readonly string[]) => `must be one of ${values.join(", ")}`;
const BOOLEAN = "must be true or false";
const ID = `must be a non-empty string of at most ${MAX_ID_LENGTH} characters`;
const DATE = "must be a calendar date written YYYY-MM-DD";

const WELL_FORMED = "must be well-formed Unicode text (it has a lone surrogate)";
/** A string of well-formed Unicode: JSON can carry a lone surrogate ("\ud800"), which cannot be stored. */
const text = (message: string) => z.string(says(message)).refine(isWellFormed, WELL_FORMED);
const idSchema = text(ID).min(1, ID).max(MAX_ID_LENGTH, ID);
const flag = z.boolean(says(BOOLEAN)).default(false);
export const LocalDateSchema = z.string(says(DATE)).refine(isLocalDate, DATE);
const list = <T extends z.ZodType>(item: T) => z.array(item, says("must be a list")).default(() => []);

export const LogPainSchema = z.object(
  {
    location: z.enum(PAIN_LOCATIONS, says(oneOf(PAIN_LOCATIONS))),
    side: z.enum(PAIN_SIDES, says(oneOf(PAIN_SIDES))),
    score: z.number(says("must be a number from 0 to 10")).min(0, "must be a number from 0 to 10").max(10, "must be a number from 0 to 10"),
    timing: z.enum(PAIN_TIMINGS, says(oneOf(PAIN_TIMINGS))).default("during"),
    restPain: flag,
    nightPain: flag,
    swelling: flag,
    limping: flag,
    worseDuringRun: flag,
    boneTenderness: flag,
  },
  says("must be an object"),
);

/** Pain on a rest day: the same entry with its date. */
export const LogPainDaySchema = LogPainSchema.extend({ date: LocalDateSchema });

const DISTANCE = `must be a number between 0 and ${MAX_DISTANCE_KM}`;
const DURATION = "must be a whole number of seconds greater than 0";
const RPE = "must be a whole number from 1 to 10";
const START = "must be an ISO 8601 date and time with an offset, e.g. 2025-01-07T06:30:00+01:00";
const NOTES = `must be text of at most ${MAX_NOTES_LENGTH} characters`;

export const LogRunSchema = z.object(
  {
    id: idSchema,
    date: LocalDateSchema,
    start: z.iso.datetime({ offset: true, ...says(START) }).optional(),
    distanceKm: z.number(says(DISTANCE)).gt(0, DISTANCE).lte(MAX_DISTANCE_KM, DISTANCE),
    durationSec: z.number(says(DURATION)).int(DURATION).gt(0, DURATION).optional(),
    rpe: z.number(says(RPE)).int(RPE).min(1, RPE).max(10, RPE).optional(),
    type: z.enum(RUN_TYPES, says(oneOf(RUN_TYPES))).default("other"),
    shoeId: idSchema.optional(),
    notes: text(NOTES).max(MAX_NOTES_LENGTH, NOTES).optional(),
    pain: list(LogPainSchema),
  },
  says("must be an object"),
);

const START_KM = "must be a number of at least 0";
const RETIRE_KM = "must be a number greater than 0";

export const LogShoeSchema = z.object(
  {
    id: idSchema,
    // Not in the field table, but every exported shoe has one; optional so a hand-written log can omit it.
    name: text("must be a string").max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`).optional(),
    startKm: z.number(says(START_KM)).min(0, START_KM).default(0),
    retireKm: z.number(says(RETIRE_KM)).gt(0, RETIRE_KM).default(800),
    retired: flag,
  },
  says("must be an object"),
);

const TIME_ZONE = "must be an IANA time zone such as Europe/Copenhagen";

export const AthleteSchema = z.object(
  {
    timezone: z.string(says(TIME_ZONE)).refine(isTimeZone, TIME_ZONE).default("UTC"),
    weekStartsOn: z.enum(["monday", "sunday"], says('must be "monday" or "sunday"')).default("monday"),
    // Display preference only: distances in the file are always km.
    units: z.enum(["km", "mi"], says('must be "km" or "mi"')).default("km"),
  },
  says("must be an object"),
);

export const StridewiseLogSchema = z
  .object(
    {
      format: z.literal(LOG_FORMAT, says(`must be "${LOG_FORMAT}"`)),
      version: z.literal(LOG_VERSION, says(`must be ${LOG_VERSION}`)),
      // prefault, not default: the empty object still goes through AthleteSchema and gets its defaults.
      athlete: AthleteSchema.prefault({}),
      shoes: list(LogShoeSchema),
      runs: list(LogRunSchema),
      painDays: list(LogPainDaySchema),
    },
    says("must be a JSON object"),
  )
  .superRefine((log, ctx) => {
    // Alerts are keyed by run and shoe id, so a repeated id would merge two things into one alert.
    const shoeIndex = firstIndexById(log.shoes, "shoes", ctx);
    firstIndexById(log.runs, "runs", ctx);
    log.runs.forEach((run, i) => {
      if (run.shoeId !== undefined && !shoeIndex.has(run.shoeId)) {
        ctx.addIssue({
          code: "custom",
          path: ["runs", i, "shoeId"],
          message: `must be the id of a shoe in shoes (there is no shoe ${JSON.stringify(run.shoeId)})`,
        });
      }
    });
  });

function firstIndexById(
  items: readonly { id: string }[],
  field: "shoes" | "runs",
  ctx: z.RefinementCtx,
): Map<string, number> {
  const firstIndex = new Map<string, number>();
  items.forEach((item, i) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) firstIndex.set(item.id, i);
    else ctx.addIssue({ code: "custom", path: [field, i, "id"], message: `must be unique (${field}[${first}] has the same id)` });
  });
  return firstIndex;
}

export type StridewiseLog = z.output<typeof StridewiseLogSchema>;
/** What a file may contain before defaults: the shape an exporter can write with fewer fields. */
export type StridewiseLogInput = z.input<typeof StridewiseLogSchema>;
export type LogRun = z.output<typeof LogRunSchema>;
export type LogPain = z.output<typeof LogPainSchema>;
export type LogPainDay = z.output<typeof LogPainDaySchema>;
export type LogShoe = z.output<typeof LogShoeSchema>;
export type LogAthlete = z.output<typeof AthleteSchema>;
