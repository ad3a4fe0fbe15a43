import { z } from "zod";
import { PAIN_LOCATIONS, PAIN_SIDES, PAIN_TIMINGS, RUN_TYPES } from "../analysis/types";
import { addDays } from "../analysis/dates";
import { LocalDateSchema, TimeOfDaySchema } from "./dates";
import { isWellFormed, NOT_WELL_FORMED } from "./text";
import {
  FASTEST_PACE_SEC_PER_KM,
  MAX_DURATION_SEC,
  MAX_NOTES_CHARS,
  MAX_PAIN_ENTRIES,
  MAX_RUN_KM,
} from "./limits";

export const PainInputSchema = z.object({
  location: z.enum(PAIN_LOCATIONS, { message: "Choose where it hurts" }),
  side: z.enum(PAIN_SIDES, { message: "Choose a side" }),
  score: z
    .number({ message: "Pain must be a number from 0 to 10" })
    .int({ message: "Pain must be a whole number from 0 to 10" })
    .min(0, { message: "Pain must be between 0 and 10" })
    .max(10, { message: "Pain must be between 0 and 10" }),
  timing: z.enum(PAIN_TIMINGS).default("during"),
  restPain: z.boolean().default(false),
  nightPain: z.boolean().default(false),
  swelling: z.boolean().default(false),
  limping: z.boolean().default(false),
  worseDuringRun: z.boolean().default(false),
  boneTenderness: z.boolean().default(false),
});
export type PainInput = z.infer<typeof PainInputSchema>;

/**
 * Building a zod schema costs far more than using one, and these depend only on the day: keep the
 * few in use (one per time zone's "today") instead of building one per request (issue 8).
 */
function perDay<T>(build: (today: string) => T): (today: string) => T {
  const built = new Map<string, T>();
  return (today) => {
    let schema = built.get(today);
    if (schema === undefined) {
      if (built.size >= 8) built.clear();
      schema = build(today);
      built.set(today, schema);
    }
    return schema;
  };
}

/**
 * A run as every entry point (form, API, importer) hands it to the data layer: canonical units
 * (km, seconds). `today` is the runner's local date, for the "not after tomorrow" rule.
 */
export const makeRunInputSchema = perDay(buildRunInputSchema);

/** Before this, a date is a typo (1926 for 2026), not a run: no GPS watch or app is older. */
export const EARLIEST_DATE = "1970-01-01";

/** A run's or a rest day's date: a real day from 1970 up to tomorrow in the runner's time zone. */
function loggableDate(today: string) {
  const tomorrow = addDays(today, 1);
  return LocalDateSchema.refine((d) => d >= EARLIEST_DATE, { message: "The date cannot be before 1970: check the year" }).refine(
    (d) => d <= tomorrow,
    { message: "The date cannot be later than tomorrow" },
  );
}

function buildRunInputSchema(today: string) {
  return z
    .object({
      date: loggableDate(today),
      startTime: TimeOfDaySchema.optional(),
      distanceKm: z
        .number({ message: "Enter the distance as a number" })
        .gt(0, { message: `Distance must be more than 0 and at most ${MAX_RUN_KM} km` })
        .max(MAX_RUN_KM, { message: `Distance must be more than 0 and at most ${MAX_RUN_KM} km` }),
      durationSec: z
        .number({ message: "Enter the time as h:mm:ss or mm:ss" })
        .int()
        .positive({ message: "Time must be more than zero" })
        .max(MAX_DURATION_SEC, { message: "Time must be under a week" })
        .optional(),
      type: z.enum(RUN_TYPES, { message: "Choose a run type" }).default("easy"),
      rpe: z
        .number()
        .int()
        .min(1, { message: "Effort is from 1 to 10" })
        .max(10, { message: "Effort is from 1 to 10" })
        .optional(),
      shoeId: z.string().min(1).max(64).optional(),
      notes: z
        .string()
        .refine(isWellFormed, { message: NOT_WELL_FORMED })
        .max(MAX_NOTES_CHARS, { message: `Notes can be at most ${MAX_NOTES_CHARS} characters` })
        .optional(),
      pain: z
        .array(PainInputSchema)
        .max(MAX_PAIN_ENTRIES, { message: `At most ${MAX_PAIN_ENTRIES} pain entries` })
        .default([]),
    })
    .superRefine((run, ctx) => {
      if (run.durationSec === undefined) return;
      if (run.durationSec / run.distanceKm < FASTEST_PACE_SEC_PER_KM) {
        ctx.addIssue({
          code: "custom",
          path: ["durationSec"],
          message: "That is faster than 2:00 per km: check the distance and the time",
        });
      }
    });
}
export type RunInput = z.output<ReturnType<typeof makeRunInputSchema>>;

export const makePainDayInputSchema = perDay((today: string) =>
  PainInputSchema.extend({ date: loggableDate(today) }),
);
export type PainDayInput = z.output<ReturnType<typeof makePainDayInputSchema>>;
