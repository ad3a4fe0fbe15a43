// The messages between the import route handlers and the uploader, typed once for both sides.

import type { RuleId, Severity } from "../analysis/types";
import type { FileReport } from "./report";

/**
 * The uploader sends this header with every request. A cross-site form cannot set it, and a cross-site
 * script that does must pass a CORS preflight this app never grants: a CSRF guard on top of SameSite cookies.
 */
export const IMPORT_HEADER = "x-stridewise-import";

/** One NDJSON line from POST /import/file. */
export type ImportEvent =
  | { type: "progress"; done: number; total: number }
  | { type: "report"; report: FileReport }
  | { type: "error"; message: string };

/** The answer of POST /import/finish. */
export type FinishedImport = {
  newAlerts: { rule: RuleId; key: string; severity: Severity; title: string; explanation: string }[];
};
