// The OpenAPI 3.1 document for /api/v1 (issue #6), generated from the same zod schemas the routes
// parse requests with and the e2e tests check responses with. OpenAPI 3.1 schemas are JSON Schema
// draft 2020-12, which is what z.toJSONSchema writes.
import { z } from "zod";
import { StridewiseLogSchema } from "../log-format/schema";
import {
  AlertListQuerySchema,
  AlertListResponseSchema,
  AlertResponseSchema,
  AlertViewSchema,
  DateRangeQuerySchema,
  ErrorResponseSchema,
  HealthResponseSchema,
  ImportReportSchema,
  ImportUploadResponseSchema,
  LogImportResponseSchema,
  MorningCheckListResponseSchema,
  MorningCheckViewSchema,
  PainDayListQuerySchema,
  PainDayListResponseSchema,
  PainDayResponseSchema,
  PainDaySavedResponseSchema,
  PainDayViewSchema,
  PainEntryViewSchema,
  RaisedAlertSchema,
  RaisedAlertViewSchema,
  RunListQuerySchema,
  RunListResponseSchema,
  RunResponseSchema,
  RunSavedResponseSchema,
  RunViewSchema,
  ShoeListResponseSchema,
  ShoeResponseSchema,
  ShoeUpdateSchema,
  ShoeViewSchema,
  WeekViewSchema,
  WeeksResponseSchema,
} from "../validation/api";
import { makePainDayInputSchema, makeRunInputSchema } from "../validation/run";
import { ShoeInputSchema } from "../validation/shoe";
import { API_OPERATIONS, type ErrorStatus, type Operation } from "./operations";

// The "not after tomorrow" date rule is a refinement, which JSON Schema cannot express: any day will do.
const ANY_DAY = "2000-01-01";

/** Request bodies, described as clients may send them (defaults make fields optional). */
export const REQUEST_SCHEMAS = {
  RunInput: makeRunInputSchema(ANY_DAY),
  PainDayInput: makePainDayInputSchema(ANY_DAY),
  ShoeInput: ShoeInputSchema,
  ShoeUpdate: ShoeUpdateSchema,
  StridewiseLogInput: StridewiseLogSchema,
} satisfies Record<string, z.ZodType>;

/** Response bodies, described as the routes send them; the e2e tests parse real responses with these. */
export const RESPONSE_SCHEMAS = {
  Error: ErrorResponseSchema,
  PainEntry: PainEntryViewSchema,
  Run: RunViewSchema,
  RunList: RunListResponseSchema,
  RunResponse: RunResponseSchema,
  RaisedAlert: RaisedAlertSchema,
  RaisedAlertView: RaisedAlertViewSchema,
  RunSaved: RunSavedResponseSchema,
  PainDay: PainDayViewSchema,
  PainDayResponse: PainDayResponseSchema,
  PainDayList: PainDayListResponseSchema,
  PainDaySaved: PainDaySavedResponseSchema,
  MorningCheck: MorningCheckViewSchema,
  MorningCheckList: MorningCheckListResponseSchema,
  Shoe: ShoeViewSchema,
  ShoeResponse: ShoeResponseSchema,
  ShoeList: ShoeListResponseSchema,
  Alert: AlertViewSchema,
  AlertResponse: AlertResponseSchema,
  AlertList: AlertListResponseSchema,
  Week: WeekViewSchema,
  Weeks: WeeksResponseSchema,
  StridewiseLog: StridewiseLogSchema,
  LogImport: LogImportResponseSchema,
  ImportReport: ImportReportSchema,
  ImportUpload: ImportUploadResponseSchema,
  Health: HealthResponseSchema,
} satisfies Record<string, z.ZodType>;

export type RequestSchemaName = keyof typeof REQUEST_SCHEMAS;
export type ResponseSchemaName = keyof typeof RESPONSE_SCHEMAS;

export const QUERY_SCHEMAS = {
  runs: RunListQuerySchema,
  painDays: PainDayListQuerySchema,
  alerts: AlertListQuerySchema,
  range: DateRangeQuerySchema,
} satisfies Record<string, z.ZodType>;

type JsonSchema = Record<string, unknown>;

/** Registers each schema under its name so nested ones become $refs into components.schemas. */
function componentSchemas(schemas: Record<string, z.ZodType>, io: "input" | "output"): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: out } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    io,
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  // $id and $schema per component would make each a separate resource; the document's dialect covers them.
  for (const schema of Object.values(out)) {
    delete schema.$id;
    delete schema.$schema;
  }
  return out;
}

function queryParameters(name: keyof typeof QUERY_SCHEMAS) {
  const schema = z.toJSONSchema(QUERY_SCHEMAS[name], { target: "draft-2020-12", io: "input" }) as {
    properties: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(schema.properties).map(([param, property]) => ({
    name: param,
    in: "query",
    required: schema.required?.includes(param) ?? false,
    schema: property,
  }));
}

const ERROR_RESPONSES: Record<ErrorStatus, { name: string; description: string }> = {
  400: { name: "BadRequest", description: "Invalid input (validation_failed, with fields) or malformed JSON (invalid_json)" },
  401: { name: "Unauthorized", description: "No token, or a token that is unknown or revoked" },
  404: { name: "NotFound", description: "No such resource, or it belongs to someone else" },
  409: { name: "Conflict", description: "The resource is not in a state that allows this" },
  413: { name: "PayloadTooLarge", description: "The body is larger than the limit" },
  415: { name: "UnsupportedMediaType", description: "The body is not sent as application/json" },
  429: { name: "RateLimited", description: "Too many requests; wait Retry-After seconds" },
};

function errorResponseComponents() {
  const ref = { $ref: "#/components/schemas/Error" };
  return Object.fromEntries(
    Object.values(ERROR_RESPONSES).map(({ name, description }) => [
      name,
      {
        description,
        content: { "application/json": { schema: ref } },
        ...(name === "RateLimited"
          ? { headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } } } }
          : {}),
      },
    ]),
  );
}

const IDEMPOTENCY_KEY_PARAMETER = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description:
    "A key the client makes up for this entry (a UUID is good), 1-100 letters, digits, '-', '_', '.' or ':'. " +
    "Sending the same entry again with the same key (a retry after a lost response) stores nothing new and " +
    "answers 200 with the entry stored the first time. Keys are per account and kept as long as the entry is.",
  schema: { type: "string", pattern: "^[A-Za-z0-9._:-]{1,100}$" },
};

const jsonContent = (schema: string) => ({ "application/json": { schema: { $ref: `#/components/schemas/${schema}` } } });

/** A file as the raw body (its name in ?name=) or as a multipart form with a `file` field. */
const FILE_UPLOAD_CONTENT = {
  "application/octet-stream": { schema: { type: "string", contentMediaType: "application/octet-stream" } },
  "multipart/form-data": {
    schema: { type: "object", properties: { file: { type: "string", contentMediaType: "application/octet-stream" } }, required: ["file"] },
  },
};

function operationObject(op: Operation) {
  const responses: Record<string, unknown> = {
    [op.ok.status]: op.ok.schema
      ? { description: op.ok.description, content: jsonContent(op.ok.schema) }
      : op.ok.file
        ? { description: op.ok.description, content: { [op.ok.file]: { schema: { type: "string" } } } }
        : { description: op.ok.description },
  };
  const errors: ErrorStatus[] = op.public ? op.errors : [401, 429, ...op.errors];
  for (const status of [...new Set(errors)].sort()) {
    responses[status] = { $ref: `#/components/responses/${ERROR_RESPONSES[status].name}` };
  }
  if (op.idempotent && op.ok.schema) {
    responses[200] = {
      description: "Already stored under this Idempotency-Key: the stored entry and the alerts its first post raised, nothing written",
      headers: { "Idempotent-Replayed": { description: "Always true", schema: { type: "string", const: "true" } } },
      content: jsonContent(op.ok.schema),
    };
  }
  if (op.failure) {
    responses[op.failure.status] = { description: op.failure.description, content: jsonContent(op.failure.schema) };
  }
  const parameters = [
    ...(op.path.includes("{id}") ? [{ name: "id", in: "path", required: true, schema: { type: "string" } }] : []),
    ...(op.upload
      ? [{ name: "name", in: "query", required: false, description: "The file's name, for a raw body", schema: { type: "string", maxLength: 255 } }]
      : []),
    ...(op.query ? queryParameters(op.query) : []),
    ...(op.idempotent ? [IDEMPOTENCY_KEY_PARAMETER] : []),
  ];
  return {
    operationId: op.operationId,
    summary: op.summary,
    tags: [op.tag],
    ...(op.public ? { security: [] } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(op.body ? { requestBody: { required: true, content: jsonContent(op.body) } } : {}),
    ...(op.upload ? { requestBody: { required: true, content: FILE_UPLOAD_CONTENT } } : {}),
    responses,
  };
}

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of API_OPERATIONS) {
    paths[op.path] ??= {};
    paths[op.path]![op.method] = operationObject(op);
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Stridewise API",
      version: "1.0.0",
      description:
        "Log runs and read alerts from scripts, phone shortcuts and other services. Create a personal access " +
        "token in Settings and send it as `Authorization: Bearer <token>`. Distances are in km, durations in seconds.",
    },
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "A personal access token (sw_...)" } },
      schemas: {
        ...componentSchemas(REQUEST_SCHEMAS, "input"),
        ...componentSchemas(RESPONSE_SCHEMAS, "output"),
      },
      responses: errorResponseComponents(),
    },
  };
}
