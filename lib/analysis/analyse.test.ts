import { describe, expect, it } from "vitest";
import { analyse } from "./analyse";
import { addDays } from "./dates";
import { pain, painDay, run, runSeries, shoe, trainingLog } from "./test-builders";

// A runner in trouble on T = 2025-02-03 (a Monday): a big jump in the week, a long run after steady
// 10 km runs, a swollen knee, an old shoe.
const T = "2025-02-03";
function troubledLog() {
  return trainingLog({
    runs: [
      ...runSeries("2025-01-06", [20, 20, 20, 20], 7, { shoeId: "old" }),
      run(T, 30, { id: "long-one", shoeId: "old", pain: [pain("knee", "left", 4, { swelling: true })] }),
    ],
    painDays: [painDay(addDays(T, -1), pain("achilles", "right", 6))],
    shoes: [shoe("old", { startKm: 700 }), shoe("new", { startKm: 600 })],
  });
}

describe("analyse", () => {
  it("orders alerts by severity (high, warning, info), then by rule order, then by key", () => {
    const alerts = analyse(troubledLog(), T).alerts;
    expect(alerts.map((alert) => [alert.severity, alert.rule, alert.key])).toEqual([
      ["high", "PAIN_REDFLAG", "knee_left"],
      ["warning", "WEEKLY_INCREASE", T],
      ["warning", "ACWR", T],
      ["warning", "SPIKE", "long-one"],
      ["warning", "PAIN_SINGLE", "achilles_right"],
      ["warning", "SHOE", "old"],
      ["info", "SHOE", "new"],
    ]);
    expect(alerts.every((alert) => alert.asOf === T)).toBe(true);
  });

  it("ignores everything dated after T", () => {
    const log = troubledLog();
    const later = addDays(T, 1);
    const withFuture = {
      ...log,
      runs: [...log.runs, run(later, 50, { shoeId: "new", pain: [pain("shin", "left", 9, { limping: true })] })],
      painDays: [...log.painDays, painDay(later, pain("foot", "left", 10, { nightPain: true }))],
    };
    expect(analyse(withFuture, T)).toEqual(analyse(log, T));
  });

  it("returns the analysis date it was given", () => {
    expect(analyse(trainingLog(), T)).toEqual({ asOf: T, alerts: [], weeks: [] });
  });

  it.each(["2025-02-30", "03/02/2025", ""])("rejects the analysis date %j", (asOf) => {
    expect(() => analyse(trainingLog(), asOf)).toThrow(RangeError);
  });

  it("rejects a run with an unreadable date rather than guessing", () => {
    expect(() => analyse(trainingLog({ runs: [run("2025-1-5", 5)] }), T)).toThrow(/2025-1-5/);
  });
});
