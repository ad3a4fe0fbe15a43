// A small JSON Schema (2020-12) checker for the keywords z.toJSONSchema writes, so the tests can check
// real responses against the served OpenAPI document without a validator from the network. It is
// strict about what it does not know: an unsupported keyword is reported, never silently passed.

type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(["default", "description", "format", "title", "examples", "$comment", "$schema", "$id"]);
const HANDLED = new Set([
  "$ref", "type", "enum", "const", "properties", "required", "additionalProperties", "propertyNames",
  "items", "anyOf", "oneOf", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength",
  "maxLength", "pattern", "minItems", "maxItems",
]);

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === "number" && actual === "integer");
}

/** Resolves a local "#/a/b" pointer in the document. */
export function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = document;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    node = node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

/** Every way `value` breaks `schema` (refs resolved in `document`), as "path: problem" lines. */
export function schemaErrors(value: unknown, schema: Schema, document: unknown, path = "$"): string[] {
  const errors: string[] = [];
  for (const keyword of Object.keys(schema)) {
    if (!HANDLED.has(keyword) && !ANNOTATIONS.has(keyword)) errors.push(`${path}: unsupported keyword ${keyword}`);
  }
  if (typeof schema.$ref === "string") {
    const target = resolvePointer(document, schema.$ref);
    if (!target || typeof target !== "object") return [...errors, `${path}: unresolved ${schema.$ref}`];
    errors.push(...schemaErrors(value, target as Schema, document, path));
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((type) => matchesType(value, type))) {
      return [...errors, `${path}: expected ${types.join(" or ")}, got ${typeOf(value)}`];
    }
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(", ")}`);
  if ("const" in schema && schema.const !== value) errors.push(`${path}: must be ${JSON.stringify(schema.const)}`);
  for (const key of ["anyOf", "oneOf"] as const) {
    const options = schema[key] as Schema[] | undefined;
    if (!options) continue;
    const passing = options.filter((option) => schemaErrors(value, option, document, path).length === 0).length;
    if (passing === 0 || (key === "oneOf" && passing > 1)) errors.push(`${path}: matches ${passing} of the ${key} options`);
  }
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) errors.push(`${path}: below ${schema.minimum}`);
    if (typeof schema.maximum === "number" && value > schema.maximum) errors.push(`${path}: above ${schema.maximum}`);
    if (typeof schema.exclusiveMinimum === "number" && value <= schema.exclusiveMinimum) errors.push(`${path}: not above ${schema.exclusiveMinimum}`);
    if (typeof schema.exclusiveMaximum === "number" && value >= schema.exclusiveMaximum) errors.push(`${path}: not below ${schema.exclusiveMaximum}`);
  }
  if (typeof value === "string") {
    if (typeof schema.minLength === "number" && value.length < schema.minLength) errors.push(`${path}: shorter than ${schema.minLength}`);
    if (typeof schema.maxLength === "number" && value.length > schema.maxLength) errors.push(`${path}: longer than ${schema.maxLength}`);
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern).test(value)) errors.push(`${path}: does not match ${schema.pattern}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems) errors.push(`${path}: fewer than ${schema.minItems} items`);
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems) errors.push(`${path}: more than ${schema.maxItems} items`);
    if (schema.items && typeof schema.items === "object") {
      value.forEach((item, i) => errors.push(...schemaErrors(item, schema.items as Schema, document, `${path}[${i}]`)));
    }
  }
  if (typeOf(value) === "object") errors.push(...objectErrors(value as Record<string, unknown>, schema, document, path));
  return errors;
}

function objectErrors(value: Record<string, unknown>, schema: Schema, document: unknown, path: string): string[] {
  const errors: string[] = [];
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  for (const key of (schema.required ?? []) as string[]) {
    if (!(key in value)) errors.push(`${path}.${key}: is required`);
  }
  for (const [key, item] of Object.entries(value)) {
    const property = properties[key];
    if (property) errors.push(...schemaErrors(item, property, document, `${path}.${key}`));
    else if (schema.additionalProperties === false) errors.push(`${path}.${key}: is not in the schema`);
    else if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
      errors.push(...schemaErrors(item, schema.additionalProperties as Schema, document, `${path}.${key}`));
    }
    if (schema.propertyNames && typeof schema.propertyNames === "object") {
      errors.push(...schemaErrors(key, schema.propertyNames as Schema, document, `${path}{${key}}`));
    }
  }
  return errors;
}
