import { ApiError, jsonResponse, validationError } from "@/lib/api/errors";
import { MAX_IMPORT_BYTES } from "@/lib/api/request";
import { formatIssuePath, StridewiseLogSchema } from "@/lib/log-format";
import { apiHandler, orNotFound } from "@/lib/server/api/handler";
import { toRaisedAlertViews } from "@/lib/server/api/views";
import { exportLog } from "@/lib/server/data/export";
import type { Units } from "@/lib/units";
import { finishImport } from "@/lib/server/data/import";
import { importAndRecord } from "@/lib/server/data/import-history";
import type { FieldErrors } from "@/lib/validation/errors";

// The whole log as the portable stridewise-log document (shared LOG-FORMAT.md), through the same
// exporter and importer as the import page (issue 5).
export const GET = apiHandler(async ({ user }) => {
  return jsonResponse(orNotFound(await exportLog(user.id), "Log"));
});

/** "runs[12].distanceKm: must be ..." for every field at fault, as the analyse command names them. */
function logFieldErrors(issues: readonly { path: PropertyKey[]; message: string }[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) fields[formatIssuePath(issue.path)] ??= issue.message;
  return fields;
}

// Checks the whole log before writing anything (an invalid field fails it all), then writes its runs in
// chunks, skipping runs the account already has, so sending a log twice (or again after a failure) is safe.
export const POST = apiHandler(
  async ({ user, body }) => {
    const parsed = StridewiseLogSchema.safeParse(body);
    if (!parsed.success) throw validationError(logFieldErrors(parsed.error.issues));
    // The importer reads the document itself (it needs to know whether an athlete section was sent).
    const bytes = new TextEncoder().encode(JSON.stringify(body));
    const { report } = await importAndRecord(user, "api", "stridewise-log.json", bytes);
    if (report.status === "failed") {
      // importFile reports server failures in words too, after logging them; they are not the client's fault.
      if (report.error?.startsWith("the import stopped on a server error")) {
        const saved = report.imported > 0 ? `${report.imported} runs were saved; send the log again for the rest` : "nothing from the log was saved";
        throw new ApiError("internal_error", `The import failed on the server; ${saved}.`);
      }
      const message = report.error ?? "The log could not be imported";
      const field = /^([\w.[\]]+): (.+)$/.exec(message);
      throw validationError(field ? { [field[1]!]: field[2]! } : { form: message });
    }
    const newAlerts = await finishImport(user);
    return jsonResponse({
      status: report.status,
      imported: report.imported,
      duplicates: report.duplicates,
      shoesCreated: report.shoesCreated,
      notes: report.notes,
      warnings: report.warnings,
      raisedAlerts: toRaisedAlertViews(newAlerts, user.units as Units),
      newAlerts,
    });
  },
  { body: "json", maxBytes: MAX_IMPORT_BYTES },
);
