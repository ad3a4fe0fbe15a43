import { z } from "zod";
import { DEFAULT_RETIRE_KM, MAX_SHOE_KM, MAX_SHOE_NAME_CHARS } from "./limits";
import { isWellFormed, NOT_WELL_FORMED } from "./text";

/** Each field of a shoe as typed, with no default: the add form fills the defaults, a partial update leaves them out. */
const SHOE_FIELDS = {
  name: z
    .string()
    .refine(isWellFormed, { message: NOT_WELL_FORMED })
    .trim()
    .min(1, { message: "Give the shoe a name" })
    .max(MAX_SHOE_NAME_CHARS, { message: `At most ${MAX_SHOE_NAME_CHARS} characters` }),
  startKm: z
    .number({ message: "Enter a distance in km" })
    .min(0, { message: "Starting distance cannot be negative" })
    .max(MAX_SHOE_KM, { message: `At most ${MAX_SHOE_KM} km` }),
  retireKm: z
    .number({ message: "Enter a distance in km" })
    .gt(0, { message: "Retirement distance must be more than 0" })
    .max(MAX_SHOE_KM, { message: `At most ${MAX_SHOE_KM} km` }),
  isDefault: z.boolean(),
};

export const ShoeInputSchema = z.object({
  name: SHOE_FIELDS.name,
  startKm: SHOE_FIELDS.startKm.default(0),
  retireKm: SHOE_FIELDS.retireKm.default(DEFAULT_RETIRE_KM),
  isDefault: SHOE_FIELDS.isDefault.default(false),
});
export type ShoeInput = z.output<typeof ShoeInputSchema>;

/**
 * A change to a shoe: any of its fields, and whether it is retired. What is left out stays as it is,
 * so `{"retired": true}` retires a pair and `{"name": "Daily trainers"}` renames it.
 */
export const ShoeChangeSchema = z.object({
  name: SHOE_FIELDS.name.optional(),
  startKm: SHOE_FIELDS.startKm.optional(),
  retireKm: SHOE_FIELDS.retireKm.optional(),
  isDefault: SHOE_FIELDS.isDefault.optional(),
  retired: z.boolean().optional(),
});
export type ShoeChange = z.output<typeof ShoeChangeSchema>;
