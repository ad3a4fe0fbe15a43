import { describe, expect, it } from "vitest";
import { ADVICE_IDS, type AdviceId } from "../analysis/types";
import { ADVICE, DISCLAIMER, MANAGEMENT_ADVICE_IDS, PREVENTION_ADVICE_IDS, getAdvice } from "./catalogue";

const CATEGORIES = ["prevention", "management", "warning-signs", "location"];

function allText(id: AdviceId): string {
  const advice = ADVICE[id];
  return [advice.title, advice.summary, ...advice.points].join(" ");
}

describe("the advice catalogue", () => {
  it.each(ADVICE_IDS)("has complete content for %s", (id) => {
    const advice = ADVICE[id];
    expect(advice.id).toBe(id);
    expect(advice.title.trim()).not.toBe("");
    expect(CATEGORIES).toContain(advice.category);
    // One sentence: a single full stop, at the end.
    expect(advice.summary).toMatch(/^[^.!?]+[.]$/);
    expect(advice.points.length).toBeGreaterThanOrEqual(3);
    expect(advice.points.length).toBeLessThanOrEqual(5);
    for (const point of advice.points) {
      expect(point.trim()).not.toBe("");
      expect(point.length).toBeLessThanOrEqual(200);
    }
  });

  it("holds no entry for an id the analyser does not know", () => {
    expect(Object.keys(ADVICE).sort()).toEqual([...ADVICE_IDS].sort());
  });

  it("lists the general prevention and management tips with matching categories", () => {
    expect(PREVENTION_ADVICE_IDS).toEqual([
      "gradual-progression",
      "footwear",
      "running-form",
      "strength-training",
      "stretching-and-mobility",
    ]);
    for (const id of PREVENTION_ADVICE_IDS) expect(ADVICE[id].category).toBe("prevention");
    expect(MANAGEMENT_ADVICE_IDS).toHaveLength(4);
    for (const id of MANAGEMENT_ADVICE_IDS) expect(ADVICE[id].category).toBe("management");
    for (const id of ["knee", "achilles", "shin", "foot"] as const) expect(ADVICE[id].category).toBe("location");
  });

  it.each<[AdviceId, RegExp[]]>([
    ["gradual-progression", [/10%/, /planning habit/, /not a proven/]],
    ["long-run-steps", [/10%/, /30 days/]],
    ["return-to-running", [/half/, /every other day/, /walk-run/, /two to four weeks/, /long run/]],
    ["pain-monitoring", [/5\/10/, /next morning/, /week/, /cycling or swimming/, /2-3\/10/]],
    ["pain-rising", [/doctor or physiotherapist/]],
    ["see-a-professional", [/two weeks/, /rest/, /night/, /swollen/, /limp/, /bone/]],
    ["anti-inflammatories", [/few days/, /pharmacist or doctor/]],
    ["footwear", [/midsole/, /500-800 km/, /machine tests/, /two or more pairs/]],
    ["strength-training", [/squats/, /lunges/, /clamshells/, /hips, glutes and quads/]],
    ["knee", [/two or three times a week/, /downhill/, /stairs/, /step rate/]],
    ["achilles", [/5\/10/, /calf raises/]],
    ["shin", [/bone stress/, /doctor or physiotherapist/]],
    ["foot", [/bone stress/, /doctor or physiotherapist/]],
  ])("%s says what the spec asks for", (id, patterns) => {
    const text = allText(id);
    for (const pattern of patterns) expect(text).toMatch(pattern);
  });

  it("cites the studies behind the numbers", () => {
    expect(ADVICE["long-run-steps"].evidence).toBe("Frandsen et al. 2025, BJSM");
    expect(ADVICE["gradual-progression"].evidence).toContain("Buist et al. 2008");
    expect(ADVICE["pain-monitoring"].evidence).toContain("Silbernagel");
    expect(ADVICE.footwear.evidence).toContain("Malisoux");
  });
});

describe("getAdvice", () => {
  it("returns the entries in the order asked, each once", () => {
    const ids = getAdvice(["knee", "pain-monitoring", "knee", "see-a-professional", "pain-monitoring"]).map(
      (advice) => advice.id,
    );
    expect(ids).toEqual(["knee", "pain-monitoring", "see-a-professional"]);
  });

  it("skips an id it has no content for instead of returning undefined", () => {
    const stored = ["footwear", "retired-advice"] as unknown as AdviceId[];
    expect(getAdvice(stored).map((advice) => advice.id)).toEqual(["footwear"]);
  });
});

describe("DISCLAIMER", () => {
  it("says plainly that this is guidance, not a diagnosis, and when to see someone", () => {
    expect(DISCLAIMER).toMatch(/general training guidance/);
    expect(DISCLAIMER).toMatch(/not a medical diagnosis/);
    expect(DISCLAIMER).toMatch(/doctor or physiotherapist/);
  });
});
