// Settings > Run page (issue 21): the highest heart rate (the heart-rate chart's zones) and the privacy
// zone (a circle round a point: a route's start and end inside it are not drawn or exported). Each
// field may be left empty; a zone needs all three of its fields.
import { z } from "zod";

export const MAX_HR_RANGE = { min: 100, max: 250 } as const;
export const PRIVACY_RADIUS_RANGE = { min: 50, max: 5000 } as const;

const optionalNumber = (schema: z.ZodNumber) =>
  z
    .string()
    .trim()
    .transform((text) => (text === "" ? null : Number(text)))
    .pipe(schema.nullable());

export const RunPageSettingsSchema = z
  .object({
    maxHr: optionalNumber(z.number().int("a whole number of beats a minute").min(MAX_HR_RANGE.min).max(MAX_HR_RANGE.max)),
    privacyLat: optionalNumber(z.number().min(-90).max(90)),
    privacyLon: optionalNumber(z.number().min(-180).max(180)),
    privacyRadiusM: optionalNumber(z.number().int("whole metres").min(PRIVACY_RADIUS_RANGE.min).max(PRIVACY_RADIUS_RANGE.max)),
  })
  .refine(
    ({ privacyLat, privacyLon, privacyRadiusM }) => [privacyLat, privacyLon, privacyRadiusM].every((v) => v === null) || [privacyLat, privacyLon, privacyRadiusM].every((v) => v !== null),
    { message: "A privacy zone needs its latitude, longitude and radius (or leave all three empty)", path: ["privacyRadiusM"] },
  );

export type RunPageSettings = z.infer<typeof RunPageSettingsSchema>;
