import { jsonResponse } from "@/lib/api/errors";
import { queryOf } from "@/lib/api/request";
import { apiHandler, parseOrThrow } from "@/lib/server/api/handler";
import { toAlertView } from "@/lib/server/api/views";
import { ensureAlertsCurrent, listAlerts, listOpenAlerts } from "@/lib/server/data/alerts";
import { AlertListQuerySchema } from "@/lib/validation/api";

export const GET = apiHandler(async ({ user, req }) => {
  const { status } = parseOrThrow(AlertListQuerySchema, queryOf(req));
  // As on the alerts page: a new day can raise or close alerts without any new run.
  await ensureAlertsCurrent(user);
  const alerts = status === "open" ? await listOpenAlerts(user.id) : await listAlerts(user.id, status);
  return jsonResponse({ alerts: alerts.map(toAlertView) });
});
