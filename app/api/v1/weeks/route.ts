import { jsonResponse } from "@/lib/api/errors";
import { queryOf } from "@/lib/api/request";
import { addDays } from "@/lib/analysis/dates";
import { apiHandler, parseOrThrow } from "@/lib/server/api/handler";
import { getAnalysis } from "@/lib/server/data/analysis";
import { DateRangeQuerySchema } from "@/lib/validation/api";

// The analyser's weekly series (the dashboard's chart), as weeks overlapping [from, to].
export const GET = apiHandler(async ({ user, req }) => {
  const { from, to } = parseOrThrow(DateRangeQuerySchema, queryOf(req));
  const { asOf, weeks } = await getAnalysis(user);
  const inRange = weeks.filter(
    (week) => (to === undefined || week.start <= to) && (from === undefined || addDays(week.start, 6) >= from),
  );
  return jsonResponse({ asOf, weekStartsOn: user.weekStartsOn, weeks: inRange });
});
