import { jsonResponse } from "@/lib/api/errors";
import { apiHandler, orNotFound, parseOrThrow } from "@/lib/server/api/handler";
import { toRaisedAlertViews, toRunView } from "@/lib/server/api/views";
import { todayFor } from "@/lib/server/data/alerts";
import { deleteRun, getRun, updateRun } from "@/lib/server/data/runs";
import { makeRunInputSchema } from "@/lib/validation/run";
import type { Units } from "@/lib/units";

type Params = { id: string };

export const GET = apiHandler<Params>(async ({ user, params }) => {
  const run = orNotFound(await getRun(user.id, params.id), "Run");
  return jsonResponse({ run: toRunView(run) });
});

// A whole run replaces the old one, as the edit form does: fields left out take their defaults.
export const PUT = apiHandler<Params>(
  async ({ user, params, body }) => {
    const input = parseOrThrow(makeRunInputSchema(todayFor(user)), body);
    const { newAlerts } = await updateRun(user, params.id, input);
    const run = orNotFound(await getRun(user.id, params.id), "Run");
    return jsonResponse({ run: toRunView(run), raisedAlerts: toRaisedAlertViews(newAlerts, user.units as Units), newAlerts });
  },
  { body: "json" },
);

export const DELETE = apiHandler<Params>(async ({ user, params }) => {
  await deleteRun(user, params.id);
  return jsonResponse(null, { status: 204 });
});
