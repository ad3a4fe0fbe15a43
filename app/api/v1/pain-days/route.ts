import { jsonResponse } from "@/lib/api/errors";
import { queryOf } from "@/lib/api/request";
import { apiHandler, orNotFound, parseOrThrow } from "@/lib/server/api/handler";
import { toPainDayView, toRaisedAlertViews } from "@/lib/server/api/views";
import { todayFor } from "@/lib/server/data/alerts";
import { createPainDay, getPainDay, listPainDays } from "@/lib/server/data/pain-days";
import { PainDayListQuerySchema } from "@/lib/validation/api";
import { makePainDayInputSchema } from "@/lib/validation/run";
import type { Units } from "@/lib/units";

// Pain on a day without a run; pain during a run is part of the run.
export const GET = apiHandler(async ({ user, req }) => {
  const { limit } = parseOrThrow(PainDayListQuerySchema, queryOf(req));
  const rows = await listPainDays(user.id, limit);
  return jsonResponse({ painDays: rows.map(toPainDayView) });
});

export const POST = apiHandler(
  async ({ user, body }) => {
    const input = parseOrThrow(makePainDayInputSchema(todayFor(user)), body);
    const { result, newAlerts } = await createPainDay(user, input);
    const row = orNotFound(await getPainDay(user.id, result.id), "Pain entry");
    return jsonResponse(
      { painDay: toPainDayView(row), raisedAlerts: toRaisedAlertViews(newAlerts, user.units as Units) },
      { status: 201, headers: { Location: `/api/v1/pain-days/${row.id}` } },
    );
  },
  { body: "json" },
);
