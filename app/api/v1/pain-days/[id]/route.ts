import { jsonResponse } from "@/lib/api/errors";
import { apiHandler, orNotFound } from "@/lib/server/api/handler";
import { toPainDayView } from "@/lib/server/api/views";
import { deletePainDay, getPainDay } from "@/lib/server/data/pain-days";

type Params = { id: string };

export const GET = apiHandler<Params>(async ({ user, params }) => {
  const row = orNotFound(await getPainDay(user.id, params.id), "Pain entry");
  return jsonResponse({ painDay: toPainDayView(row) });
});

export const DELETE = apiHandler<Params>(async ({ user, params }) => {
  await deletePainDay(user, params.id);
  return jsonResponse(null, { status: 204 });
});
