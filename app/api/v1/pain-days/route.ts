import { jsonResponse } from "@/lib/api/errors";
import { queryOf } from "@/lib/api/request";
import { apiHandler, idempotencyKeyOf, orNotFound, parseOrThrow, savedResponseInit } from "@/lib/server/api/handler";
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

// With an Idempotency-Key, a repeated post stores nothing and answers 200 with the stored entry.
export const POST = apiHandler(
  async ({ user, body, req }) => {
    const key = idempotencyKeyOf(req);
    const input = parseOrThrow(makePainDayInputSchema(todayFor(user)), body);
    const { result, newAlerts, replayed } = await createPainDay(user, input, key);
    const row = orNotFound(await getPainDay(user.id, result.id), "Pain entry");
    return jsonResponse(
      { painDay: toPainDayView(row), raisedAlerts: toRaisedAlertViews(newAlerts, user.units as Units) },
      savedResponseInit(`/api/v1/pain-days/${row.id}`, replayed),
    );
  },
  { body: "json" },
);
