// The analyser's input and output. Pure data: no framework types here, so the CLI, the app and the
// tests all speak the same shapes. See ../../README.md and ANALYSIS-RULES (shared spec) for meanings.

export const PAIN_LOCATIONS = [
  "knee",
  "shin",
  "achilles",
  "calf",
  "foot",
  "ankle",
  "hip",
  "hamstring",
  "quad",
  "it_band",
  "back",
  "other",
] as const;
export type PainLocation = (typeof PAIN_LOCATIONS)[number];

export const PAIN_SIDES = ["left", "right", "both", "none"] as const;
export type PainSide = (typeof PAIN_SIDES)[number];

export const PAIN_TIMINGS = ["before", "during", "after", "next_morning"] as const;
export type PainTiming = (typeof PAIN_TIMINGS)[number];

export const RED_FLAGS = [
  "restPain",
  "nightPain",
  "swelling",
  "limping",
  "worseDuringRun",
  "boneTenderness",
] as const;
export type RedFlag = (typeof RED_FLAGS)[number];

export const RUN_TYPES = [
  "easy",
  "long",
  "tempo",
  "intervals",
  "race",
  "recovery",
  "trail",
  "treadmill",
  "other",
] as const;
export type RunType = (typeof RUN_TYPES)[number];

export type WeekStart = "monday" | "sunday";

/** A local calendar date, YYYY-MM-DD, in the runner's own time zone. */
export type LocalDate = string;

export type PainEntry = {
  location: PainLocation;
  side: PainSide;
  score: number;
  timing: PainTiming;
} & Record<RedFlag, boolean>;

export type AnalysedRun = {
  id: string;
  date: LocalDate;
  km: number;
  shoeId?: string | null;
  pain: PainEntry[];
};

export type PainDay = PainEntry & { date: LocalDate };

export type AnalysedShoe = {
  id: string;
  startKm: number;
  retireKm: number;
  retired: boolean;
};

export type TrainingLog = {
  weekStartsOn: WeekStart;
  runs: AnalysedRun[];
  painDays: PainDay[];
  shoes: AnalysedShoe[];
};

export const RULE_IDS = [
  "WEEKLY_INCREASE",
  "ACWR",
  "SPIKE",
  "RETURN",
  "PAIN_SINGLE",
  "PAIN_RECUR",
  "PAIN_PERSIST",
  "PAIN_TREND",
  "PAIN_REDFLAG",
  "PAIN_MORNING",
  "SHOE",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = "info" | "warning" | "high";

export const ADVICE_IDS = [
  "gradual-progression",
  "long-run-steps",
  "return-to-running",
  "pain-monitoring",
  "pain-rising",
  "see-a-professional",
  "rest-and-recovery",
  "ice-and-compression",
  "anti-inflammatories",
  "physical-therapy",
  "footwear",
  "running-form",
  "strength-training",
  "stretching-and-mobility",
  "knee",
  "achilles",
  "shin",
  "foot",
] as const;
export type AdviceId = (typeof ADVICE_IDS)[number];

export type Alert = {
  rule: RuleId;
  severity: Severity;
  key: string;
  asOf: LocalDate;
  /** The numbers behind the alert, e.g. { ratio: 1.33, runKm: 16, longest30Km: 12 }. */
  data: Record<string, number | string>;
  advice: AdviceId[];
};

export type WeekSummary = {
  /** First day of the week (the runner's week start). */
  start: LocalDate;
  km: number;
  runs: number;
  longestKm: number;
  /** Highest pain score of any entry (run or rest day) that week, 0 if none. */
  maxPain: number;
  /** Highest pain per location key (e.g. knee_left) that week. */
  maxPainByLocation: Record<string, number>;
  /** The same split by when it hurt: entries timed next_morning (the morning check) ... */
  morningPainByLocation: Record<string, number>;
  /** ... and all the others (before, during or after a run, or on a rest day). */
  runPainByLocation: Record<string, number>;
  /** EWMA acute / chronic load at the end of the week (or at T), display only; null before T - H >= 41 days. */
  acute: number | null;
  chronic: number | null;
  ratio: number | null;
};

export type AnalysisResult = {
  asOf: LocalDate;
  alerts: Alert[];
  weeks: WeekSummary[];
};
