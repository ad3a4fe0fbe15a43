import type { z } from "zod";
import type { TrainingLog } from "../analysis/types";
import { StridewiseLogSchema, type StridewiseLog } from "./schema";

export type LogParseResult = { ok: true; log: StridewiseLog } | { ok: false; error: string };

/** ["runs", 12, "distanceKm"] -> "runs[12].distanceKm"; the empty path (the document itself) -> "log". */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? String(segment) : `.${String(segment)}`;
  }
  return text === "" ? "log" : text;
}

/**
 * Validates a parsed JSON value as a `stridewise-log` document and applies the defaults. Only the first
 * problem is reported, as one line naming the field: fixing a file is easier one clear message at a time.
 */
export function parseStridewiseLog(json: unknown): LogParseResult {
  const result = StridewiseLogSchema.safeParse(json);
  if (result.success) return { ok: true, log: result.data };
  return { ok: false, error: firstIssue(result.error) };
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "log: is not valid";
  return `${formatIssuePath(issue.path)}: ${issue.message}`.replace(/\s+/g, " ");
}

/** The analyser's view of a log: distances, dates, pain and shoes, without names, notes or timings. */
export function toTrainingLog(log: StridewiseLog): TrainingLog {
  return {
    weekStartsOn: log.athlete.weekStartsOn,
    runs: log.runs.map((run) => ({
      id: run.id,
      date: run.date,
      km: run.distanceKm,
      shoeId: run.shoeId ?? null,
      pain: run.pain.map((entry) => ({ ...entry })),
    })),
    painDays: log.painDays.map((day) => ({ ...day })),
    shoes: log.shoes.map(({ id, startKm, retireKm, retired }) => ({ id, startKm, retireKm, retired })),
  };
}
