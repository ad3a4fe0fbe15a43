import { jsonResponse } from "@/lib/api/errors";
import { queryOf } from "@/lib/api/request";
import { apiHandler, idempotencyKeyOf, parseOrThrow, savedResponseInit } from "@/lib/server/api/handler";
import { toRaisedAlertViews, toRunView } from "@/lib/server/api/views";
import { todayFor } from "@/lib/server/data/alerts";
import { createRun, listRunsBetween } from "@/lib/server/data/runs";
import { RunListQuerySchema } from "@/lib/validation/api";
import { makeRunInputSchema } from "@/lib/validation/run";
import type { Units } from "@/lib/units";

export const GET = apiHandler(async ({ user, req }) => {
  const query = parseOrThrow(RunListQuerySchema, queryOf(req));
  const { runs, total, pages } = await listRunsBetween(user.id, query);
  return jsonResponse({ runs: runs.map(toRunView), page: query.page, pageSize: query.pageSize, total, pages });
});

// The same schema and data function as the run form, in canonical units (km, seconds).
// With an Idempotency-Key, a repeated post stores nothing and answers 200 with the stored run.
export const POST = apiHandler(
  async ({ user, body, req }) => {
    const key = idempotencyKeyOf(req);
    const input = parseOrThrow(makeRunInputSchema(todayFor(user)), body);
    const { result: run, newAlerts, replayed } = await createRun(user, input, "api", key);
    return jsonResponse(
      { run: toRunView(run), raisedAlerts: toRaisedAlertViews(newAlerts, user.units as Units), newAlerts },
      savedResponseInit(`/api/v1/runs/${run.id}`, replayed),
    );
  },
  { body: "json" },
);
