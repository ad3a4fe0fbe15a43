// The API reference page (/api-docs) read from the OpenAPI document: each operation with its
// parameters, body and responses, and each schema as a list of fields with their types in words. Plain
// data, so the page is server-rendered HTML with no viewer script, and the tests check it as data.

import type { buildOpenApiDocument } from "./openapi";

type Document = ReturnType<typeof buildOpenApiDocument>;
type Json = Record<string, unknown>;

export type ReferenceField = { name: string; type: string; required: boolean; notes: string };
export type ReferenceOperation = {
  id: string;
  method: string;
  path: string;
  summary: string;
  tag: string;
  needsToken: boolean;
  parameters: (ReferenceField & { in: string })[];
  /** The body's content types and schema name (a schema of its own when not a named one). */
  body: { types: string[]; schema: string | null } | null;
  responses: { status: string; description: string; schema: string | null }[];
};
export type ReferenceSchema = { name: string; type: string; fields: ReferenceField[] };

const refName = (ref: unknown) => (typeof ref === "string" ? (ref.split("/").at(-1) ?? ref) : null);

/** A JSON Schema's type in a few words: "string (date)", "array of Run", "one of easy, long", "integer 0-10". */
export function describeType(schema: Json | undefined): string {
  if (!schema) return "any";
  const ref = refName(schema.$ref);
  if (ref) return ref;
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map(String).join(", ")}`;
  if (schema.const !== undefined) return `always ${String(schema.const)}`;
  const variants = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (Array.isArray(variants)) {
    const words = variants.map(describeType);
    const nonNull = words.filter((word) => word !== "null");
    return nonNull.length < words.length ? `${nonNull.join(" or ")} or null` : words.join(" or ");
  }
  const type = Array.isArray(schema.type) ? schema.type.join(" or ") : (schema.type as string | undefined);
  if (type === "array") return `array of ${describeType(schema.items as Json | undefined)}`;
  const format = typeof schema.format === "string" ? ` (${schema.format})` : "";
  const min = (schema.minimum ?? schema.exclusiveMinimum) as number | undefined;
  const max = (schema.maximum ?? schema.exclusiveMaximum) as number | undefined;
  const range = min !== undefined && max !== undefined && Math.abs(max) < 1e12 ? ` ${min}–${max}` : "";
  return `${type ?? "object"}${format}${range}`;
}

/** Limits and defaults a field states, in words. */
function fieldNotes(schema: Json): string {
  const notes: string[] = [];
  if (typeof schema.description === "string") notes.push(schema.description);
  if (schema.default !== undefined) notes.push(`default ${JSON.stringify(schema.default)}`);
  if (typeof schema.maxLength === "number") notes.push(`at most ${schema.maxLength} characters`);
  if (typeof schema.maxItems === "number") notes.push(`at most ${schema.maxItems} items`);
  if (typeof schema.pattern === "string") notes.push(`matches ${schema.pattern}`);
  return notes.join("; ");
}

function fieldsOf(schema: Json): ReferenceField[] {
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    type: describeType(property),
    required: required.has(name),
    notes: fieldNotes(property),
  }));
}

export function referenceOperations(document: Document): ReferenceOperation[] {
  const operations: ReferenceOperation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(methods)) {
      const op = raw as Json;
      const content = ((op.requestBody as Json | undefined)?.content ?? null) as Record<string, Json> | null;
      const responses = Object.entries(op.responses as Record<string, Json>).map(([status, response]) => {
        const resolved = response.$ref ? (document.components.responses as Record<string, Json>)[refName(response.$ref)!]! : response;
        const schema = ((resolved.content as Record<string, Json> | undefined)?.["application/json"]?.schema ?? null) as Json | null;
        return { status, description: String(resolved.description ?? ""), schema: schema ? refName(schema.$ref) : null };
      });
      operations.push({
        id: String(op.operationId),
        method: method.toUpperCase(),
        path,
        summary: String(op.summary ?? ""),
        tag: ((op.tags as string[] | undefined) ?? ["Other"])[0]!,
        needsToken: !(Array.isArray(op.security) && op.security.length === 0),
        parameters: ((op.parameters as Json[] | undefined) ?? []).map((parameter) => ({
          name: String(parameter.name),
          in: String(parameter.in),
          required: parameter.required === true,
          type: describeType(parameter.schema as Json),
          notes: [typeof parameter.description === "string" ? parameter.description : "", fieldNotes(parameter.schema as Json)].filter(Boolean).join("; "),
        })),
        body: content
          ? { types: Object.keys(content), schema: refName((content["application/json"]?.schema as Json | undefined)?.$ref) }
          : null,
        responses,
      });
    }
  }
  return operations;
}

export function referenceSchemas(document: Document): ReferenceSchema[] {
  return Object.entries(document.components.schemas as Record<string, Json>)
    .map(([name, schema]) => ({ name, type: describeType({ ...schema, $ref: undefined }), fields: fieldsOf(schema) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
