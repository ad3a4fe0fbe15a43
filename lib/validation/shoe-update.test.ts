import { describe, expect, it } from "vitest";
import { ShoeUpdateSchema } from "./api";

// PUT and PATCH /api/v1/shoes/{id} (issue 17): the README's `{"retired": true}` is a whole request.
describe("ShoeUpdateSchema", () => {
  it("takes a partial shoe and adds nothing that was not sent", () => {
    expect(ShoeUpdateSchema.parse({ retired: true })).toEqual({ retired: true });
    expect(ShoeUpdateSchema.parse({ name: " Daily trainers ", retireKm: 700 })).toEqual({ name: "Daily trainers", retireKm: 700 });
    expect(ShoeUpdateSchema.parse({})).toEqual({});
  });

  it("still checks each field sent", () => {
    const result = ShoeUpdateSchema.safeParse({ name: " ", retireKm: 0, retired: "yes" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join("."))).toEqual(["name", "retireKm", "retired"]);
  });
});
