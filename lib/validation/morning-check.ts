import { z } from "zod";
import { PAIN_LOCATIONS, PAIN_SIDES } from "../analysis/types";
import { LocalDateSchema } from "./dates";

/** An answer to a morning check: the run day and place it is about, and a score or a skip. */
export const MorningAnswerSchema = z.object({
  runDate: LocalDateSchema,
  location: z.enum(PAIN_LOCATIONS),
  side: z.enum(PAIN_SIDES),
  answer: z.union([
    z.literal("skip"),
    z
      .number({ message: "Pain must be a whole number from 0 to 10" })
      .int({ message: "Pain must be a whole number from 0 to 10" })
      .min(0, { message: "Pain must be between 0 and 10" })
      .max(10, { message: "Pain must be between 0 and 10" }),
  ]),
});
export type MorningAnswer = z.infer<typeof MorningAnswerSchema>;
