import { describe, expect, it } from "vitest";
import { analyse } from "../analysis";
import { addDays } from "../analysis/dates";
import type { TrainingLog } from "../analysis/types";
import { buildDemoLog, DEMO_WEEKS } from "./demo-log";

function asTrainingLog(today: string): TrainingLog {
  const demo = buildDemoLog(today);
  return {
    weekStartsOn: "monday",
    runs: demo.runs.map((run) => ({ id: run.id, date: run.date, km: run.distanceKm, shoeId: run.shoeId, pain: run.pain })),
    painDays: demo.painDays,
    shoes: demo.shoes,
  };
}

// Every weekday as "today": the demo must tell its stories whichever day it is seeded on.
const TODAYS = Array.from({ length: 7 }, (_, i) => addDays("2026-11-23", i));

describe("the demo athlete", () => {
  it.each(TODAYS)("on %s has a long-run spike today and persisting left-knee pain", (today) => {
    const { alerts, weeks } = analyse(asTrainingLog(today), today);
    const rules = alerts.map((alert) => `${alert.rule}:${alert.key}`);
    expect(rules.some((r) => r.startsWith("SPIKE:"))).toBe(true);
    expect(rules).toContain("PAIN_PERSIST:knee_left");
    expect(weeks).toHaveLength(DEMO_WEEKS);
  });

  it("has a week that grew more than 30% over the previous four", () => {
    const { weeks } = analyse(asTrainingLog("2026-11-25"), "2026-11-25");
    const jumps = weeks.slice(4).filter((week, i) => {
      const baseline = Math.max(...weeks.slice(i, i + 4).map((w) => w.km));
      return week.km - baseline >= 6 && week.km > baseline * 1.3;
    });
    expect(jumps.length).toBeGreaterThanOrEqual(1);
  });

  it("keeps every run plausible", () => {
    for (const run of buildDemoLog("2026-11-25").runs) {
      expect(run.distanceKm).toBeGreaterThan(0);
      expect(run.durationSec / run.distanceKm).toBeGreaterThan(300);
      expect(run.date <= "2026-11-25").toBe(true);
    }
  });
});
