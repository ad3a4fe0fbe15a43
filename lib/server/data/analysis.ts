import "server-only";
import { analyse } from "../../analysis";
import type { AnalysisResult } from "../../analysis/types";
import type { User } from "../../generated/prisma/client";
import { db } from "../db";
import { todayFor } from "./alerts";
import { loadTrainingLog } from "./training-log";

type Owner = Pick<User, "id" | "timezone" | "weekStartsOn" | "logVersion">;

// The analysis only changes when the log, the settings or the date change. A small per-process
// cache keyed by all three serves the dashboard, the review and the runs list without re-reading
// years of runs on every request.
const MAX_CACHED = 200;
const cache = new Map<string, AnalysisResult>();

export async function getAnalysis(user: Owner): Promise<AnalysisResult> {
  const asOf = todayFor(user);
  const key = `${user.id}|${user.logVersion}|${user.weekStartsOn}|${asOf}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const log = await loadTrainingLog(db, user);
  const result = analyse(log, asOf);
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(key, result);
  return result;
}
