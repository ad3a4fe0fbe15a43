// Every endpoint of the JSON API, in one table: the OpenAPI document is built from it, and a unit test
// checks it against the route files in app/api, so neither can gain an endpoint the other lacks.

import type { RequestSchemaName, ResponseSchemaName } from "./openapi";

export type ErrorStatus = 400 | 401 | 404 | 409 | 413 | 415 | 429;
type Method = "get" | "post" | "put" | "patch" | "delete";

export type Operation = {
  path: string;
  method: Method;
  operationId: string;
  summary: string;
  tag: "Runs" | "Pain" | "Shoes" | "Alerts" | "Analysis" | "Log" | "Meta";
  /** A request schema name in REQUEST_SCHEMAS (openapi.ts). */
  body?: RequestSchemaName;
  /** The body is a file (raw, or a multipart form's `file` field), not JSON. */
  upload?: true;
  /** A query schema name in QUERY_SCHEMAS (openapi.ts). */
  query?: "runs" | "painDays" | "alerts" | "range";
  /** The success status and its body, a response schema name in RESPONSE_SCHEMAS (none for 204). */
  ok: { status: 200 | 201 | 204; schema?: ResponseSchemaName; description: string; /** A file of this media type, not JSON. */ file?: string };
  /** A failure that is not the error envelope (the health check's 503 says what is wrong). */
  failure?: { status: 422 | 503; schema: ResponseSchemaName; description: string };
  /** Error statuses besides 401 and 429, which every authenticated operation can return. */
  errors: ErrorStatus[];
  /** No token needed. */
  public?: true;
  /** Takes an `Idempotency-Key` header: the same key twice stores once and answers 200 with the first result. */
  idempotent?: true;
};

const BODY_ERRORS: ErrorStatus[] = [400, 413, 415];

export const API_OPERATIONS: Operation[] = [
  {
    path: "/api/v1/runs", method: "get", operationId: "listRuns", tag: "Runs",
    summary: "Runs between two local dates, oldest first, a page at a time", query: "runs",
    ok: { status: 200, schema: "RunList", description: "A page of runs" }, errors: [400],
  },
  {
    path: "/api/v1/runs", method: "post", operationId: "createRun", tag: "Runs",
    summary: "Log a run (km and seconds); the response lists every alert it raised or made worse (raisedAlerts)", body: "RunInput",
    ok: { status: 201, schema: "RunSaved", description: "The run, and the alerts it raised or made worse" }, errors: BODY_ERRORS,
    idempotent: true,
  },
  {
    path: "/api/v1/runs/{id}", method: "get", operationId: "getRun", tag: "Runs", summary: "One run",
    ok: { status: 200, schema: "RunResponse", description: "The run" }, errors: [404],
  },
  {
    path: "/api/v1/runs/{id}", method: "put", operationId: "updateRun", tag: "Runs",
    summary: "Replace a run (fields left out take their defaults)", body: "RunInput",
    ok: { status: 200, schema: "RunSaved", description: "The run, and the alerts it raised or made worse" }, errors: [...BODY_ERRORS, 404],
  },
  {
    path: "/api/v1/runs/{id}/gpx", method: "get", operationId: "getRunGpx", tag: "Runs",
    summary: "The run as GPX from its recorded samples; the start and end in the privacy zone are left out unless raw=1",
    ok: { status: 200, file: "application/gpx+xml", description: "The GPX file" }, errors: [404],
  },
  {
    path: "/api/v1/runs/{id}", method: "delete", operationId: "deleteRun", tag: "Runs", summary: "Delete a run",
    ok: { status: 204, description: "Deleted" }, errors: [404],
  },
  {
    path: "/api/v1/pain-days", method: "get", operationId: "listPainDays", tag: "Pain",
    summary: "Pain logged on rest days, newest first", query: "painDays",
    ok: { status: 200, schema: "PainDayList", description: "Pain entries" }, errors: [400],
  },
  {
    path: "/api/v1/pain-days", method: "post", operationId: "createPainDay", tag: "Pain",
    summary: "Log pain on a day without a run (or answer a morning check: timing next_morning)", body: "PainDayInput",
    ok: { status: 201, schema: "PainDaySaved", description: "The pain entry, and the alerts it raised or made worse" }, errors: BODY_ERRORS,
    idempotent: true,
  },
  {
    path: "/api/v1/pain-days/{id}", method: "get", operationId: "getPainDay", tag: "Pain", summary: "One rest-day pain entry",
    ok: { status: 200, schema: "PainDayResponse", description: "The pain entry" }, errors: [404],
  },
  {
    path: "/api/v1/pain-days/{id}", method: "put", operationId: "updatePainDay", tag: "Pain",
    summary: "Replace a rest-day pain entry (warning signs left out are false)", body: "PainDayInput",
    ok: { status: 200, schema: "PainDaySaved", description: "The pain entry, and the alerts it raised or made worse" }, errors: [...BODY_ERRORS, 404],
  },
  {
    path: "/api/v1/pain-days/{id}", method: "delete", operationId: "deletePainDay", tag: "Pain",
    summary: "Delete a rest-day pain entry", ok: { status: 204, description: "Deleted" }, errors: [404],
  },
  {
    path: "/api/v1/morning-checks", method: "get", operationId: "listMorningChecks", tag: "Pain",
    summary: "The morning checks due today: places that hurt on a run of the last two days, not yet answered",
    ok: { status: 200, schema: "MorningCheckList", description: "Open morning checks, each with the pain-days request that answers it" },
    errors: [],
  },
  {
    path: "/api/v1/shoes", method: "get", operationId: "listShoes", tag: "Shoes", summary: "Shoes with their distance",
    ok: { status: 200, schema: "ShoeList", description: "Shoes, active first" }, errors: [],
  },
  {
    path: "/api/v1/shoes", method: "post", operationId: "createShoe", tag: "Shoes", summary: "Add a shoe", body: "ShoeInput",
    ok: { status: 201, schema: "ShoeResponse", description: "The shoe" }, errors: BODY_ERRORS,
  },
  {
    path: "/api/v1/shoes/{id}", method: "get", operationId: "getShoe", tag: "Shoes", summary: "One shoe",
    ok: { status: 200, schema: "ShoeResponse", description: "The shoe" }, errors: [404],
  },
  {
    path: "/api/v1/shoes/{id}", method: "put", operationId: "updateShoe", tag: "Shoes",
    summary: "Change a shoe: rename it, set its retirement distance, retire it; fields left out stay as they are",
    body: "ShoeUpdate",
    ok: { status: 200, schema: "ShoeResponse", description: "The shoe" }, errors: [...BODY_ERRORS, 404],
  },
  {
    path: "/api/v1/shoes/{id}", method: "patch", operationId: "patchShoe", tag: "Shoes",
    summary: "The same as PUT: only the fields sent change", body: "ShoeUpdate",
    ok: { status: 200, schema: "ShoeResponse", description: "The shoe" }, errors: [...BODY_ERRORS, 404],
  },
  {
    path: "/api/v1/alerts", method: "get", operationId: "listAlerts", tag: "Alerts",
    summary: "Alerts by status (open by default; high first)", query: "alerts",
    ok: { status: 200, schema: "AlertList", description: "Alerts" }, errors: [400],
  },
  {
    path: "/api/v1/alerts/{id}/acknowledge", method: "post", operationId: "acknowledgeAlert", tag: "Alerts",
    summary: "Acknowledge an open alert: it reopens only if its numbers get worse",
    ok: { status: 200, schema: "AlertResponse", description: "The acknowledged alert" }, errors: [404, 409],
  },
  {
    path: "/api/v1/weeks", method: "get", operationId: "listWeeks", tag: "Analysis",
    summary: "The analyser's weekly series for the weeks overlapping a date range", query: "range",
    ok: { status: 200, schema: "Weeks", description: "Weekly distance, runs, pain, load, ascent and descent" }, errors: [400],
  },
  {
    path: "/api/v1/log", method: "get", operationId: "exportLog", tag: "Log", summary: "The whole log as a stridewise-log document",
    ok: { status: 200, schema: "StridewiseLog", description: "The log" }, errors: [],
  },
  {
    path: "/api/v1/log", method: "post", operationId: "importLog", tag: "Log",
    summary: "Import a stridewise-log document (up to 10 MB): all or nothing, runs already there are skipped",
    body: "StridewiseLogInput",
    ok: { status: 200, schema: "LogImport", description: "What was imported, and the alerts it raised or made worse" }, errors: BODY_ERRORS,
  },
  {
    path: "/api/v1/imports", method: "post", operationId: "importFile", tag: "Log",
    summary:
      "Import one file as the Import page does (GPX, TCX, FIT, .gz, a zip or Strava export up to 200 MB, other files up to 25 MB, " +
      "a stridewise-log or the simple CSV): duplicates are skipped, and it shows in the Import history",
    upload: true,
    ok: { status: 200, schema: "ImportUpload", description: "The file's report (imported or nothing new), and alerts it raised" },
    failure: { status: 422, schema: "ImportUpload", description: "The file could not be imported: the report says why; nothing from it was saved" },
    errors: [400, 413],
  },
  {
    path: "/api/v1/openapi.json", method: "get", operationId: "getOpenApiDocument", tag: "Meta",
    summary: "This document", ok: { status: 200, description: "The OpenAPI 3.1 document" }, errors: [], public: true,
  },
  {
    path: "/api/health", method: "get", operationId: "getHealth", tag: "Meta",
    summary: "Database reachable and every migration applied (no token)",
    ok: { status: 200, schema: "Health", description: "Healthy" }, errors: [], public: true,
    failure: { status: 503, schema: "Health", description: "The database is unreachable or a migration is pending" },
  },
];
