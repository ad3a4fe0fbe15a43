import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { schemaErrors } from "./json-schema-check";
import { buildOpenApiDocument, RESPONSE_SCHEMAS, type ResponseSchemaName } from "./openapi";
import { API_OPERATIONS } from "./operations";

const document = buildOpenApiDocument();
const componentSchemas = document.components.schemas as Record<string, Record<string, unknown>>;

function collectRefs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => collectRefs(item, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") found.push(value);
      else collectRefs(value, found);
    }
  }
  return found;
}

/** app/api/v1/runs/[id]/route.ts exports GET, PUT -> ["/api/v1/runs/{id} get", "/api/v1/runs/{id} put"]. */
function routeOperations(): string[] {
  const root = path.join(process.cwd(), "app", "api");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith("route.ts"));
  const operations: string[] = [];
  for (const file of files) {
    const dir = path.dirname(file).split(path.sep);
    // Not the JSON API: next-auth's routes, and the catch-all that answers unknown paths with a JSON 404.
    if (dir[0] === "auth" || dir.some((segment) => segment.includes("..."))) continue;
    const apiPath = "/api/" + dir.map((segment) => segment.replace(/^\[(\w+)\]$/, "{$1}")).join("/");
    const source = readFileSync(path.join(root, file), "utf8");
    for (const match of source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)) {
      operations.push(`${apiPath} ${match[1]!.toLowerCase()}`);
    }
  }
  return operations.sort();
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with info, bearer security and paths", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(document.components.securitySchemes.bearerAuth).toEqual(expect.objectContaining({ type: "http", scheme: "bearer" }));
    expect(Object.keys(document.paths).length).toBeGreaterThan(5);
  });

  it("documents exactly the endpoints the route files export", () => {
    const documented = API_OPERATIONS.map((op) => `${op.path} ${op.method}`).sort();
    expect(documented).toEqual(routeOperations());
  });

  it("gives every operation a unique id, a success response and the auth errors unless public", () => {
    const ids = new Set<string>();
    for (const [apiPath, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods) as [string, { operationId: string; responses: Record<string, unknown>; security?: unknown[] }][]) {
        expect(ids.has(operation.operationId), `${method} ${apiPath}`).toBe(false);
        ids.add(operation.operationId);
        const statuses = Object.keys(operation.responses);
        expect(statuses.some((status) => status.startsWith("2")), `${method} ${apiPath}`).toBe(true);
        if (operation.security === undefined) expect(statuses).toEqual(expect.arrayContaining(["401", "429"]));
      }
    }
  });

  it("documents the Idempotency-Key header and its 200 replay on the two creating posts", () => {
    const paths = document.paths as Record<string, Record<string, { parameters?: { name: string; in: string }[]; responses: Record<string, unknown> }>>;
    for (const path of ["/api/v1/runs", "/api/v1/pain-days"]) {
      const post = paths[path]!.post!;
      expect(post.parameters).toContainEqual(expect.objectContaining({ name: "Idempotency-Key", in: "header" }));
      expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(["200", "201"]));
    }
  });

  it("resolves every $ref", () => {
    const refs = collectRefs(document);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) {
      const [, section, name] = /^#\/components\/(schemas|responses)\/(\w+)$/.exec(ref) ?? [];
      expect(section, ref).toBeDefined();
      expect((document.components as Record<string, Record<string, unknown>>)[section!]![name!], ref).toBeDefined();
    }
  });

  it("keeps per-component $id and $schema out, so refs stay inside the document", () => {
    for (const schema of Object.values(componentSchemas)) {
      expect(schema).not.toHaveProperty("$id");
      expect(schema).not.toHaveProperty("$schema");
    }
  });
});

const run = {
  id: "r1", date: "2025-01-07", startTime: "06:30", distanceKm: 6, durationSec: 1980, type: "easy", rpe: 4,
  shoeId: null, notes: null, source: "api", ascentM: null, descentM: null, createdAt: "2025-01-07T06:00:00.000Z", updatedAt: "2025-01-07T06:00:00.000Z",
  pain: [{ id: "p1", location: "knee", side: "left", score: 3, timing: "during", restPain: false, nightPain: false, swelling: false, limping: false, worseDuringRun: false, boneTenderness: false }],
};
const SAMPLES: [ResponseSchemaName, unknown][] = [
  ["RunList", { runs: [run], page: 1, pageSize: 30, total: 1, pages: 1 }],
  ["RunSaved", {
    run,
    raisedAlerts: [{ rule: "SPIKE", key: "r1", severity: "warning", asOf: "2025-01-07", data: { ratio: 1.4 }, advice: ["long-run-steps"], title: "Long-run spike", explanation: "Tuesday's 14 km is 40% longer than your longest run of the 30 days before it, 10 km.", adviceUrl: "/advice#advice-long-run-steps" }],
    newAlerts: [{ rule: "SPIKE", key: "r1", severity: "warning", asOf: "2025-01-07", data: { ratio: 1.4 }, advice: ["long-run-steps"] }],
  }],
  ["MorningCheckList", {
    date: "2025-01-08",
    checks: [{ runDate: "2025-01-07", location: "knee", side: "left", key: "knee_left", question: "How does your left knee feel this morning?", runScore: 3, answer: { method: "POST", path: "/api/v1/pain-days", body: { date: "2025-01-08", location: "knee", side: "left", timing: "next_morning" } } }],
  }],
  ["ShoeList", { shoes: [{ id: "s1", name: "Pegasus", startKm: 0, retireKm: 800, retired: false, isDefault: true, totalKm: 12.5, runs: 2 }] }],
  ["Weeks", { asOf: "2025-01-07", weekStartsOn: "monday", weeks: [{ start: "2025-01-06", km: 6, runs: 1, longestKm: 6, maxPain: 3, maxPainByLocation: { knee_left: 3 }, morningPainByLocation: {}, runPainByLocation: { knee_left: 3 }, acute: null, chronic: null, ratio: null, ascentM: 120, descentM: 135 }] }],
  ["Error", { error: { code: "validation_failed", message: "distanceKm: too far", fields: { distanceKm: "too far" } } }],
  ["StridewiseLog", { format: "stridewise-log", version: 1, athlete: { timezone: "UTC", weekStartsOn: "monday", units: "km" }, shoes: [], runs: [], painDays: [] }],
  ["ImportUpload", {
    importId: "i1",
    report: { file: "run.fit", format: "FIT", status: "imported", imported: 1, duplicates: 0, notRuns: 0, failed: 0, shoesCreated: [], problems: [], warnings: [], notes: [] },
    raisedAlerts: [],
    newAlerts: [],
  }],
  ["Health", { status: "ok", database: "ok", databaseKind: "sqlite", migrations: { applied: 1, expected: 1, pending: [] }, replicas: { configured: 0, available: 0 } }],
];

describe("the response schemas in the document", () => {
  it.each(SAMPLES)("accept a sample %s, as the zod schema does", (name, sample) => {
    expect(RESPONSE_SCHEMAS[name].safeParse(sample).success).toBe(true);
    expect(schemaErrors(sample, componentSchemas[name]!, document)).toEqual([]);
  });

  it("refuse what the API must never send: a missing field, an extra one, a wrong type", () => {
    const errors = (value: unknown) => schemaErrors(value, componentSchemas.RunList!, document);
    expect(errors({ runs: [run], page: 1, pageSize: 30, total: 1 })).toEqual(["$.pages: is required"]);
    expect(errors({ runs: [{ ...run, userId: "u1" }], page: 1, pageSize: 30, total: 1, pages: 1 })).toEqual(["$.runs[0].userId: is not in the schema"]);
    expect(errors({ runs: [{ ...run, distanceKm: "6" }], page: 1, pageSize: 30, total: 1, pages: 1 })).toEqual(["$.runs[0].distanceKm: expected number, got string"]);
  });
});
