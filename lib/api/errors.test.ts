import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError, errorResponse, fromZodError, jsonResponse, validationError } from "./errors";

describe("the error envelope", () => {
  it("gives each code its status and omits empty fields", async () => {
    const response = errorResponse(new ApiError("not_found", "Run not found", {}));
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual({ error: { code: "not_found", message: "Run not found" } });
  });

  it("turns zod issues into one message per field, named by its path", async () => {
    const schema = z.object({ distanceKm: z.number().gt(0, "Distance must be more than 0"), pain: z.array(z.object({ score: z.number().max(10, "Too high") })) });
    const result = schema.safeParse({ distanceKm: -1, pain: [{ score: 11 }] });
    if (result.success) throw new Error("expected a failure");
    const error = fromZodError(result.error);
    expect(error.status).toBe(400);
    expect(error.toBody()).toEqual({
      error: {
        code: "validation_failed",
        message: "distanceKm: Distance must be more than 0",
        fields: { distanceKm: "Distance must be more than 0", "pain.0.score": "Too high" },
      },
    });
  });

  it("keeps a form-wide message as it is", () => {
    expect(validationError({ form: "Send a JSON object" }).message).toBe("Send a JSON object");
  });

  it("sends extra headers such as Retry-After", () => {
    const response = errorResponse(new ApiError("rate_limited", "Slow down", undefined, { "Retry-After": "3" }));
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("3");
  });

  it("sends no body for 204 and marks JSON as not cacheable", async () => {
    const empty = jsonResponse(null, { status: 204 });
    expect(empty.status).toBe(204);
    expect(await empty.text()).toBe("");
    expect(jsonResponse({ ok: true }).headers.get("cache-control")).toBe("no-store");
  });
});
