import { jsonResponse } from "@/lib/api/errors";
import { readUploadedFile } from "@/lib/api/upload";
import { MAX_ZIP_BYTES } from "@/lib/import/limits";
import { apiHandler } from "@/lib/server/api/handler";
import { toRaisedAlertViews } from "@/lib/server/api/views";
import type { Units } from "@/lib/units";
import { finishImport } from "@/lib/server/data/import";
import { importAndRecord } from "@/lib/server/data/import-history";

// One file for the importer, from a script or a phone shortcut (issue 16): any format the Import page
// takes, up to its limits, through the same importer, recorded in the Import history. The answer is
// the report the Import page shows, with the alerts the import raised.
export const POST = apiHandler(async ({ user, req }) => {
  const { name, bytes } = await readUploadedFile(req, MAX_ZIP_BYTES);
  const { importId, report } = await importAndRecord(user, "api", name, bytes);
  const newAlerts = report.imported > 0 ? await finishImport(user) : [];
  const raisedAlerts = toRaisedAlertViews(newAlerts, user.units as Units);
  return jsonResponse({ importId, report, raisedAlerts, newAlerts }, { status: report.status === "failed" ? 422 : 200 });
});
