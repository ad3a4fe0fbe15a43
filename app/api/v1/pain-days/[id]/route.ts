import { jsonResponse } from "@/lib/api/errors";
import { apiHandler, orNotFound, parseOrThrow } from "@/lib/server/api/handler";
import { toPainDayView, toRaisedAlertViews } from "@/lib/server/api/views";
import { todayFor } from "@/lib/server/data/alerts";
import { deletePainDay, getPainDay, updatePainDay } from "@/lib/server/data/pain-days";
import { makePainDayInputSchema } from "@/lib/validation/run";
import type { Units } from "@/lib/units";

type Params = { id: string };

export const GET = apiHandler<Params>(async ({ user, params }) => {
  const row = orNotFound(await getPainDay(user.id, params.id), "Pain entry");
  return jsonResponse({ painDay: toPainDayView(row) });
});

// The whole entry is replaced, as the edit form does: warning signs left out are false.
export const PUT = apiHandler<Params>(
  async ({ user, params, body }) => {
    const input = parseOrThrow(makePainDayInputSchema(todayFor(user)), body);
    const { newAlerts } = await updatePainDay(user, params.id, input);
    const row = orNotFound(await getPainDay(user.id, params.id), "Pain entry");
    return jsonResponse({ painDay: toPainDayView(row), raisedAlerts: toRaisedAlertViews(newAlerts, user.units as Units) });
  },
  { body: "json" },
);

export const DELETE = apiHandler<Params>(async ({ user, params }) => {
  await deletePainDay(user, params.id);
  return jsonResponse(null, { status: 204 });
});
