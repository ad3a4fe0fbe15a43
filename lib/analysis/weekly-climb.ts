// Metres climbed and descended per week (issue 21), from the runs whose files recorded heights: the
// weekly review shows the descent beside the knee plan (which says to limit downhill running), and the
// API's week view carries both.

import { weekStartOf } from "./dates";
import type { WeekStart } from "./types";

export type WeekClimb = { ascentM: number; descentM: number };

/** Week start → its runs' summed ascent and descent; a week without a run with heights is absent. */
export function climbByWeek(
  runs: readonly { localDate: string; ascentM: number | null; descentM: number | null }[],
  weekStartsOn: WeekStart,
): Map<string, WeekClimb> {
  const weeks = new Map<string, WeekClimb>();
  for (const run of runs) {
    if (run.ascentM === null && run.descentM === null) continue;
    const start = weekStartOf(run.localDate, weekStartsOn);
    const week = weeks.get(start) ?? { ascentM: 0, descentM: 0 };
    week.ascentM += run.ascentM ?? 0;
    week.descentM += run.descentM ?? 0;
    weeks.set(start, week);
  }
  return weeks;
}
