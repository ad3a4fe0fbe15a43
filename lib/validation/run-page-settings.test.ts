import { describe, expect, it } from "vitest";
import { RunPageSettingsSchema } from "./run-page-settings";

const form = (values: Partial<Record<"maxHr" | "privacyLat" | "privacyLon" | "privacyRadiusM", string>>) =>
  RunPageSettingsSchema.safeParse({ maxHr: "", privacyLat: "", privacyLon: "", privacyRadiusM: "", ...values });

describe("RunPageSettingsSchema", () => {
  it("reads empty fields as not set", () => {
    expect(form({})).toMatchObject({ success: true, data: { maxHr: null, privacyLat: null, privacyLon: null, privacyRadiusM: null } });
  });

  it("takes a max heart rate and a whole zone", () => {
    expect(form({ maxHr: "188", privacyLat: "46.05", privacyLon: "14.5", privacyRadiusM: "400" })).toMatchObject({
      success: true,
      data: { maxHr: 188, privacyLat: 46.05, privacyLon: 14.5, privacyRadiusM: 400 },
    });
  });

  it("refuses half a zone, a latitude off the globe and an implausible heart rate", () => {
    expect(form({ privacyLat: "46.05", privacyLon: "14.5" }).success).toBe(false);
    expect(form({ privacyLat: "91", privacyLon: "14.5", privacyRadiusM: "400" }).success).toBe(false);
    expect(form({ maxHr: "40" }).success).toBe(false);
    expect(form({ maxHr: "abc" }).success).toBe(false);
  });
});
