import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";
import { API_OPERATIONS } from "./operations";
import { describeType, referenceOperations, referenceSchemas } from "./reference";

const document = buildOpenApiDocument();

describe("the API reference", () => {
  it("lists every operation of the document once, with its method and path", () => {
    const operations = referenceOperations(document);
    expect(operations.map((op) => `${op.method} ${op.path}`).sort()).toEqual(
      API_OPERATIONS.map((op) => `${op.method.toUpperCase()} ${op.path}`).sort(),
    );
  });

  it("gives the shoe update its path parameter, its body and its responses", () => {
    const put = referenceOperations(document).find((op) => op.method === "PUT" && op.path === "/api/v1/shoes/{id}")!;
    expect(put).toMatchObject({ tag: "Shoes", needsToken: true, body: { types: ["application/json"], schema: "ShoeUpdate" } });
    expect(put.parameters).toEqual([{ name: "id", in: "path", required: true, type: "string", notes: "" }]);
    expect(put.responses.map((r) => [r.status, r.schema])).toEqual([
      ["200", "ShoeResponse"], ["400", "Error"], ["401", "Error"], ["404", "Error"], ["413", "Error"], ["415", "Error"], ["429", "Error"],
    ]);
  });

  it("says which operations need no token", () => {
    const health = referenceOperations(document).find((op) => op.path === "/api/health");
    expect(health?.needsToken).toBe(false);
  });

  it("lists a schema's fields with their types in words, none of them required in a partial shoe", () => {
    const update = referenceSchemas(document).find((schema) => schema.name === "ShoeUpdate")!;
    expect(update.fields.map((field) => field.name)).toEqual(["name", "startKm", "retireKm", "isDefault", "retired"]);
    expect(update.fields.every((field) => !field.required)).toBe(true);
    expect(update.fields.find((field) => field.name === "retired")!.type).toBe("boolean");
  });
});

describe("describeType", () => {
  it("words the shapes the document uses", () => {
    expect(describeType({ $ref: "#/components/schemas/Run" })).toBe("Run");
    expect(describeType({ type: "array", items: { $ref: "#/components/schemas/Run" } })).toBe("array of Run");
    expect(describeType({ type: "string", enum: ["easy", "long"] })).toBe("one of easy, long");
    expect(describeType({ anyOf: [{ type: "integer", minimum: 0, maximum: 10 }, { type: "null" }] })).toBe("integer 0–10 or null");
    expect(describeType({ type: "string", format: "date" })).toBe("string (date)");
    expect(describeType(undefined)).toBe("any");
  });
});
