import { z } from "zod";
import { DEFAULT_RETIRE_KM, MAX_SHOE_KM, MAX_SHOE_NAME_CHARS } from "./limits";
import { isWellFormed, NOT_WELL_FORMED } from "./text";

export const ShoeInputSchema = z.object({
  name: z
    .string()
    .refine(isWellFormed, { message: NOT_WELL_FORMED })
    .trim()
    .min(1, { message: "Give the shoe a name" })
    .max(MAX_SHOE_NAME_CHARS, { message: `At most ${MAX_SHOE_NAME_CHARS} characters` }),
  startKm: z
    .number({ message: "Enter a distance in km" })
    .min(0, { message: "Starting distance cannot be negative" })
    .max(MAX_SHOE_KM, { message: `At most ${MAX_SHOE_KM} km` })
    .default(0),
  retireKm: z
    .number({ message: "Enter a distance in km" })
    .gt(0, { message: "Retirement distance must be more than 0" })
    .max(MAX_SHOE_KM, { message: `At most ${MAX_SHOE_KM} km` })
    .default(DEFAULT_RETIRE_KM),
  isDefault: z.boolean().default(false),
});
export type ShoeInput = z.output<typeof ShoeInputSchema>;
