import { jsonResponse } from "@/lib/api/errors";
import { queryOf } from "@/lib/api/request";
import { addDays } from "@/lib/analysis/dates";
import { apiHandler, parseOrThrow } from "@/lib/server/api/handler";
import { getAnalysis } from "@/lib/server/data/analysis";
import { weeklyClimb } from "@/lib/server/data/run-page";
import type { WeekClimb } from "@/lib/analysis/weekly-climb";
import { DateRangeQuerySchema } from "@/lib/validation/api";

// The analyser's weekly series (the dashboard's chart), as weeks overlapping [from, to].
export const GET = apiHandler(async ({ user, req }) => {
  const { from, to } = parseOrThrow(DateRangeQuerySchema, queryOf(req));
  const { asOf, weeks } = await getAnalysis(user);
  const inRange = weeks.filter(
    (week) => (to === undefined || week.start <= to) && (from === undefined || addDays(week.start, 6) >= from),
  );
  const first = inRange[0]?.start;
  const climb = first ? await weeklyClimb(user, first, addDays(inRange.at(-1)!.start, 6)) : new Map<string, WeekClimb>();
  const withClimb = inRange.map((week) => ({ ...week, ascentM: climb.get(week.start)?.ascentM ?? null, descentM: climb.get(week.start)?.descentM ?? null }));
  return jsonResponse({ asOf, weekStartsOn: user.weekStartsOn, weeks: withClimb });
});
