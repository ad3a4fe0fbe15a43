// The JSON API's own schemas (issue #6): query strings, the shoe update, token names and every
// response. Request bodies reuse the forms' schemas (makeRunInputSchema, ShoeInputSchema, ...), so
// there is one definition of a valid run. The OpenAPI document and the e2e tests are built from
// the response schemas below, so the document cannot drift from what the routes send.
import { z } from "zod";
import { API_ERROR_CODES } from "../api/errors";
import { ADVICE_IDS, PAIN_LOCATIONS, PAIN_SIDES, PAIN_TIMINGS, RULE_IDS, RUN_TYPES } from "../analysis/types";
import { LocalDateSchema } from "./dates";
import { RUNS_PER_PAGE } from "./limits";
import { ShoeChangeSchema, type ShoeChange } from "./shoe";
import { isWellFormed, NOT_WELL_FORMED } from "./text";

export const MAX_TOKEN_NAME_CHARS = 60;
/** Enough for every phone, script and service a runner owns; a cap so a leaked session cannot mint thousands. */
export const MAX_ACTIVE_TOKENS = 20;
export const MAX_API_PAGE_SIZE = 100;
export const MAX_PAIN_DAYS_LISTED = 100;

export const TokenNameSchema = z.object({
  name: z
    .string()
    .refine(isWellFormed, { message: NOT_WELL_FORMED })
    .trim()
    .min(1, { message: "Give the token a name, e.g. the phone or script that uses it" })
    .max(MAX_TOKEN_NAME_CHARS, { message: `At most ${MAX_TOKEN_NAME_CHARS} characters` }),
});

// ---- Query strings -------------------------------------------------------------------------------

const wholeNumber = (field: string, min: number, max: number) =>
  z.coerce
    .number({ message: `${field} must be a whole number` })
    .int({ message: `${field} must be a whole number` })
    .min(min, { message: `${field} must be between ${min} and ${max}` })
    .max(max, { message: `${field} must be between ${min} and ${max}` });

function fromNotAfterTo(range: { from?: string; to?: string }) {
  return range.from === undefined || range.to === undefined || range.from <= range.to;
}
const RANGE_ORDER = { message: "to must not be before from", path: ["to"] };

const QueryDate = LocalDateSchema.meta({ format: "date", description: "A local calendar date, YYYY-MM-DD (inclusive)" });

export const DateRangeQuerySchema = z
  .object({ from: QueryDate.optional(), to: QueryDate.optional() })
  .refine(fromNotAfterTo, RANGE_ORDER);

export const RunListQuerySchema = z
  .object({
    from: QueryDate.optional(),
    to: QueryDate.optional(),
    page: wholeNumber("page", 1, 100_000).default(1),
    pageSize: wholeNumber("pageSize", 1, MAX_API_PAGE_SIZE).default(RUNS_PER_PAGE),
  })
  .refine(fromNotAfterTo, RANGE_ORDER);
export type RunListQuery = z.output<typeof RunListQuerySchema>;

export const PainDayListQuerySchema = z.object({
  limit: wholeNumber("limit", 1, MAX_PAIN_DAYS_LISTED).default(20),
});

export const ALERT_STATUSES = ["open", "acknowledged", "closed"] as const;
export const AlertListQuerySchema = z.object({
  status: z.enum(ALERT_STATUSES, { message: "status must be open, acknowledged or closed" }).default("open"),
});

// ---- Request bodies the pages do not have --------------------------------------------------------

/** A shoe's PUT and PATCH body: any of its fields; what is left out stays as it is (shoe.ts). */
export const ShoeUpdateSchema = ShoeChangeSchema;
export type ShoeUpdate = ShoeChange;

// ---- Responses -----------------------------------------------------------------------------------

const DateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ format: "date" });
const Instant = z.iso.datetime();

export const PainEntryViewSchema = z.object({
  id: z.string(),
  location: z.enum(PAIN_LOCATIONS),
  side: z.enum(PAIN_SIDES),
  score: z.int().min(0).max(10),
  timing: z.enum(PAIN_TIMINGS),
  restPain: z.boolean(),
  nightPain: z.boolean(),
  swelling: z.boolean(),
  limping: z.boolean(),
  worseDuringRun: z.boolean(),
  boneTenderness: z.boolean(),
});

export const RunViewSchema = z.object({
  id: z.string(),
  date: DateString,
  startTime: z.string().nullable(),
  distanceKm: z.number(),
  durationSec: z.int().nullable(),
  type: z.enum(RUN_TYPES),
  rpe: z.int().nullable(),
  shoeId: z.string().nullable(),
  notes: z.string().nullable(),
  source: z.string().nullable(),
  ascentM: z.number().int().nullable().meta({ description: "Metres climbed, from the recorded heights (null without them)" }),
  descentM: z.number().int().nullable().meta({ description: "Metres descended, from the recorded heights (null without them)" }),
  pain: z.array(PainEntryViewSchema),
  createdAt: Instant,
  updatedAt: Instant,
});
export type RunView = z.output<typeof RunViewSchema>;

export const RunListResponseSchema = z.object({
  runs: z.array(RunViewSchema),
  page: z.int(),
  pageSize: z.int(),
  total: z.int(),
  pages: z.int(),
});

export const RunResponseSchema = z.object({ run: RunViewSchema });

/** An alert the write just raised, as the analyser reports it (the stored alert has the id). */
export const RaisedAlertSchema = z.object({
  rule: z.enum(RULE_IDS),
  key: z.string(),
  severity: z.enum(["info", "warning", "high"]),
  asOf: DateString,
  data: z.record(z.string(), z.union([z.number(), z.string()])),
  advice: z.array(z.enum(ADVICE_IDS)),
});

/**
 * An alert a save or an import raised or made worse, whatever week it is about, worded as the app
 * words it, with the address of its advice.
 */
export const RaisedAlertViewSchema = RaisedAlertSchema.extend({
  title: z.string(),
  explanation: z.string(),
  adviceUrl: z.string(),
});
export type RaisedAlertView = z.output<typeof RaisedAlertViewSchema>;

export const RunSavedResponseSchema = z.object({
  run: RunViewSchema,
  raisedAlerts: z.array(RaisedAlertViewSchema),
  /** The same alerts without their wording (kept for scripts written before raisedAlerts). */
  newAlerts: z.array(RaisedAlertSchema),
});

export const PainDayViewSchema = PainEntryViewSchema.extend({ date: DateString, createdAt: Instant });
export type PainDayView = z.output<typeof PainDayViewSchema>;
export const PainDayResponseSchema = z.object({ painDay: PainDayViewSchema });
export const PainDayListResponseSchema = z.object({ painDays: z.array(PainDayViewSchema) });
export const PainDaySavedResponseSchema = z.object({ painDay: PainDayViewSchema, raisedAlerts: z.array(RaisedAlertViewSchema) });

/** A morning check the runner has not answered, and how to answer it through the pain-days endpoint. */
export const MorningCheckViewSchema = z.object({
  runDate: DateString,
  location: z.enum(PAIN_LOCATIONS),
  side: z.enum(PAIN_SIDES),
  key: z.string(),
  question: z.string(),
  runScore: z.int(),
  answer: z.object({
    method: z.literal("POST"),
    path: z.literal("/api/v1/pain-days"),
    body: z.object({
      date: DateString,
      location: z.enum(PAIN_LOCATIONS),
      side: z.enum(PAIN_SIDES),
      timing: z.literal("next_morning"),
    }),
  }),
});
export const MorningCheckListResponseSchema = z.object({ date: DateString, checks: z.array(MorningCheckViewSchema) });

export const ShoeViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  startKm: z.number(),
  retireKm: z.number(),
  retired: z.boolean(),
  isDefault: z.boolean(),
  /** The starting distance plus every run logged in the shoe. */
  totalKm: z.number(),
  runs: z.int(),
});
export type ShoeView = z.output<typeof ShoeViewSchema>;
export const ShoeResponseSchema = z.object({ shoe: ShoeViewSchema });
export const ShoeListResponseSchema = z.object({ shoes: z.array(ShoeViewSchema) });

export const AlertViewSchema = RaisedAlertSchema.extend({
  id: z.string(),
  status: z.enum(ALERT_STATUSES),
  createdAt: Instant,
  updatedAt: Instant,
});
export type AlertView = z.output<typeof AlertViewSchema>;
export const AlertResponseSchema = z.object({ alert: AlertViewSchema });
export const AlertListResponseSchema = z.object({ alerts: z.array(AlertViewSchema) });

export const WeekViewSchema = z.object({
  start: DateString,
  km: z.number(),
  runs: z.int(),
  longestKm: z.number(),
  maxPain: z.number(),
  maxPainByLocation: z.record(z.string(), z.number()),
  morningPainByLocation: z.record(z.string(), z.number()),
  runPainByLocation: z.record(z.string(), z.number()),
  acute: z.number().nullable(),
  chronic: z.number().nullable(),
  ratio: z.number().nullable(),
  // Issue 21: metres up and down of the week's runs whose files recorded heights; null without any.
  ascentM: z.int().nullable(),
  descentM: z.int().nullable(),
});
export const WeeksResponseSchema = z.object({
  asOf: DateString,
  weekStartsOn: z.enum(["monday", "sunday"]),
  weeks: z.array(WeekViewSchema),
});



/** The import page's report for one file, in short: runs imported and skipped as already there. */
export const LogImportResponseSchema = z.object({
  status: z.enum(["imported", "nothing-new"]),
  imported: z.int(),
  duplicates: z.int(),
  shoesCreated: z.array(z.string()),
  notes: z.array(z.string()),
  warnings: z.array(z.object({ item: z.string(), message: z.string() })),
  raisedAlerts: z.array(RaisedAlertViewSchema),
  newAlerts: z.array(RaisedAlertSchema),
});

/** One file's report, as the Import page shows it (lib/import/report.ts). */
export const ImportReportSchema = z.object({
  file: z.string(),
  format: z.string().optional(),
  status: z.enum(["imported", "nothing-new", "failed"]),
  error: z.string().optional(),
  imported: z.int(),
  duplicates: z.int(),
  notRuns: z.int(),
  failed: z.int(),
  shoesCreated: z.array(z.string()),
  problems: z.array(z.object({ item: z.string(), reason: z.string() })),
  warnings: z.array(z.object({ item: z.string(), message: z.string() })),
  notes: z.array(z.string()),
});

/** POST /api/v1/imports: the import's id in the Import history, its report, and the alerts it raised. */
export const ImportUploadResponseSchema = z.object({
  importId: z.string(),
  report: ImportReportSchema,
  raisedAlerts: z.array(RaisedAlertViewSchema),
  newAlerts: z.array(RaisedAlertSchema),
});

export const HealthResponseSchema = z.object({
  status: z.enum(["ok", "error"]),
  database: z.enum(["ok", "unreachable", "writes are stuck"]),
  // Which database this server runs on (issue 18); each has its own migrations folder.
  databaseKind: z.enum(["sqlite", "postgresql"]),
  migrations: z.object({ applied: z.int(), expected: z.int(), pending: z.array(z.string()) }),
  // DATABASE_REPLICA_URL's standbys, and how many are in use (one that failed is left out for 30 s).
  replicas: z.object({ configured: z.int(), available: z.int() }),
});

export const ErrorResponseSchema = z.object({
  error: z.object({
    code: z.enum(API_ERROR_CODES),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
