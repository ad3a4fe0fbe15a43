import "server-only";
import type { WeekStart } from "../../analysis/types";
import { climbByWeek, type WeekClimb } from "../../analysis/weekly-climb";
import { db, readLog } from "../db";
import { toView, type StoredAlertView } from "./alerts";

/**
 * The alerts one run is part of (issue 21): those keyed by the run (a long-run spike, a return after a
 * break) and the open pain alerts of the places that hurt on it (the pain rules are keyed by place).
 */
export async function alertsOfRun(userId: string, run: { id: string; pain: { location: string; side: string }[] }): Promise<StoredAlertView[]> {
  const places = [...new Set(run.pain.map((entry) => `${entry.location}_${entry.side}`))];
  const rows = await db.alert.findMany({
    where: { userId, OR: [{ key: run.id }, ...(places.length > 0 ? [{ key: { in: places }, status: "open" }] : [])] },
    orderBy: { updatedAt: "desc" },
  });
  return rows.map(toView);
}

/** Ascent and descent per week start, for the runs dated in [from, to] (either end open). */
export async function weeklyClimb(user: { id: string; weekStartsOn: string }, from?: string, to?: string): Promise<Map<string, WeekClimb>> {
  const runs = await readLog(user.id, (client) =>
    client.run.findMany({
      where: { userId: user.id, localDate: { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) }, descentM: { not: null } },
      select: { localDate: true, ascentM: true, descentM: true },
    }),
  );
  return climbByWeek(runs, user.weekStartsOn as WeekStart);
}
