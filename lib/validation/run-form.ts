import { z } from "zod";
import { distanceFieldValue, parseDecimal, parseDuration, unitToMeters, type Units } from "../units";

export { parseDecimal };
import { toFieldErrors, type FieldErrors, type ParseResult } from "./errors";
import { makeRunInputSchema, type RunInput } from "./run";

// What the run form sends: strings as typed, so a bad value can be named beside its field.
const text = z.string().max(5000).default("");
const flag = z.boolean().default(false);

export const PainFormSchema = z.object({
  location: text,
  side: text,
  score: z.union([z.string().max(10), z.number()]).default(""),
  timing: text,
  restPain: flag,
  nightPain: flag,
  swelling: flag,
  limping: flag,
  worseDuringRun: flag,
  boneTenderness: flag,
});

export const RunFormSchema = z.object({
  date: text,
  startTime: text,
  distance: text,
  duration: text,
  type: text,
  rpe: text,
  shoeId: text,
  notes: z.string().max(100_000).default(""),
  pain: z.array(PainFormSchema).max(50).default([]),
});
export type RunFormValues = z.input<typeof RunFormSchema>;

// Canonical field names in the schema and the form's own names for them.
const FORM_FIELD: Record<string, string> = { distanceKm: "distance", durationSec: "duration" };


/**
 * `stored` is the distance of the run being edited. The field shows it rounded to two decimals
 * (10 km reads 6.21 mi); sent back unchanged it keeps the stored metres, so opening a run and saving
 * it again never turns 10 km into 9.99 km.
 */
export function parseRunForm(
  raw: unknown,
  context: { today: string; units: Units; stored?: { distanceM: number } },
): ParseResult<RunInput> {
  const form = RunFormSchema.safeParse(raw);
  if (!form.success) return { ok: false, fieldErrors: { form: "The form could not be read" } };
  const values = form.data;
  const fieldErrors: FieldErrors = {};

  const distance = parseDecimal(values.distance);
  if (distance === undefined) fieldErrors.distance = "Enter the distance";
  else if (Number.isNaN(distance)) fieldErrors.distance = "Enter the distance as a number, e.g. 8.5";

  let durationSec: number | undefined;
  if (values.duration.trim() !== "") {
    const parsed = parseDuration(values.duration);
    if (parsed === null) fieldErrors.duration = "Enter the time as h:mm:ss or mm:ss";
    else durationSec = parsed;
  }

  const candidate = {
    date: values.date.trim(),
    startTime: values.startTime.trim() || undefined,
    distanceKm:
      distance === undefined || Number.isNaN(distance)
        ? distance
        : context.stored && values.distance.trim() === distanceFieldValue(context.stored.distanceM, context.units)
          ? context.stored.distanceM / 1000
          : unitToMeters(distance, context.units) / 1000,
    durationSec,
    type: values.type || undefined,
    rpe: values.rpe.trim() === "" ? undefined : Number(values.rpe),
    shoeId: values.shoeId || undefined,
    notes: values.notes === "" ? undefined : values.notes,
    pain: values.pain.map((entry) => ({
      ...entry,
      score: typeof entry.score === "number" ? entry.score : parseDecimal(entry.score),
      timing: entry.timing || undefined,
    })),
  };

  const parsed = makeRunInputSchema(context.today).safeParse(candidate);
  if (!parsed.success) {
    // A field that could not even be read keeps its own message.
    Object.assign(fieldErrors, { ...toFieldErrors(parsed.error, FORM_FIELD), ...fieldErrors });
  }
  if (Object.keys(fieldErrors).length > 0 || !parsed.success) return { ok: false, fieldErrors };
  return { ok: true, data: parsed.data };
}
