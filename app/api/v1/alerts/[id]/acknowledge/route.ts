import { ApiError, jsonResponse } from "@/lib/api/errors";
import { apiHandler, orNotFound } from "@/lib/server/api/handler";
import { toAlertView } from "@/lib/server/api/views";
import { acknowledgeAlert, getAlert } from "@/lib/server/data/alerts";

type Params = { id: string };

export const POST = apiHandler<Params>(async ({ user, params }) => {
  const alert = orNotFound(await getAlert(user.id, params.id), "Alert");
  // Yours but no longer open: a conflict with its state, not a missing alert.
  if (alert.status !== "open") throw new ApiError("conflict", `The alert is ${alert.status} already`);
  await acknowledgeAlert(user.id, alert.id);
  return jsonResponse({ alert: toAlertView(orNotFound(await getAlert(user.id, alert.id), "Alert")) });
});
