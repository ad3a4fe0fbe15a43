// A stridewise-log document (or the simple CSV, read into one) as the rows to create: shoes, runs with
// their pain, and rest-day pain. Every value goes through the app's own schemas, so an imported log
// obeys the same rules as the forms; the first problem names its field, and nothing is imported.

import { makePainDayInputSchema, type PainDayInput } from "../validation/run";
import { ShoeInputSchema } from "../validation/shoe";
import { wallClockTime } from "../zoned-time";
import type { StridewiseLog } from "../log-format/schema";
import { validateRun, type RunCandidate } from "./plan";
import { ImportError } from "./types";

export type PlannedShoe = { key: string; name: string; startMeters: number; retireMeters: number; retired: boolean };
export type PlannedLogRun = RunCandidate & { logId: string; shoeKey?: string };
export type LogImportPlan = { shoes: PlannedShoe[]; runs: PlannedLogRun[]; painDays: PainDayInput[] };

function firstIssue(prefix: string, issues: readonly { path: PropertyKey[]; message: string }[]): ImportError {
  const issue = issues[0];
  const path = issue?.path.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("") ?? "";
  return new ImportError(`${prefix}${path}: ${issue?.message ?? "is not valid"}`);
}

/**
 * Runs without a start are told apart by their content: the same date, distance and time again (the
 * n-th such run in the file) is the same run, so importing one file twice adds nothing.
 */
function contentKeys(log: StridewiseLog): string[] {
  const seen = new Map<string, number>();
  return log.runs.map((run) => {
    const key = `log:${run.date}|${Math.round(run.distanceKm * 1000)}|${run.durationSec ?? ""}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return `${key}#${count}`;
  });
}

export function planLogImport(log: StridewiseLog, options: { timezone: string; today: string }): LogImportPlan {
  const shoes = log.shoes.map((shoe, i): PlannedShoe => {
    const parsed = ShoeInputSchema.safeParse({ name: shoe.name ?? shoe.id, startKm: shoe.startKm, retireKm: shoe.retireKm });
    if (!parsed.success) throw firstIssue(`shoes[${i}]`, parsed.error.issues);
    return {
      key: shoe.id,
      name: parsed.data.name,
      startMeters: Math.round(parsed.data.startKm * 1000),
      retireMeters: Math.round(parsed.data.retireKm * 1000),
      retired: shoe.retired,
    };
  });

  const keys = contentKeys(log);
  const runs = log.runs.map((run, i): PlannedLogRun => {
    const startAt = run.start ? new Date(Math.round(Date.parse(run.start) / 1000) * 1000) : undefined;
    const planned = validateRun(
      {
        label: `runs[${i}]`,
        date: run.date,
        startAt,
        startTime: startAt ? wallClockTime(startAt, options.timezone) : undefined,
        distanceM: Math.round(run.distanceKm * 1000),
        durationSec: run.durationSec,
        type: run.type,
        rpe: run.rpe,
        notes: run.notes,
        pain: run.pain,
        sourceId: keys[i],
        warnings: [],
      },
      options.today,
    );
    if (!planned.ok) throw new ImportError(`runs[${i}].${planned.reason}`);
    return { ...planned.value, logId: run.id, shoeKey: run.shoeId };
  });

  const painDaySchema = makePainDayInputSchema(options.today);
  const painDays = log.painDays.map((day, i) => {
    const parsed = painDaySchema.safeParse(day);
    if (!parsed.success) throw firstIssue(`painDays[${i}]`, parsed.error.issues);
    return parsed.data;
  });
  return { shoes, runs, painDays };
}

type PainDayKey = { location: string; side: string; score: number; timing: string };

/** Rest-day pain the account lacks: the same day, place, side, score and timing is the same entry. */
export function unseenPainDays(planned: readonly PainDayInput[], existing: readonly (PainDayKey & { localDate: string })[]): PainDayInput[] {
  const key = (date: string, day: PainDayKey) => [date, day.location, day.side, day.score, day.timing].join("|");
  const known = new Set(existing.map((day) => key(day.localDate, day)));
  return planned.filter((day) => !known.has(key(day.date, day)));
}
