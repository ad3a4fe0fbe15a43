import { describe, expect, it } from "vitest";
import { addDays } from "./dates";
import { alertsFor, run, shoe, trainingLog } from "./test-builders";

const T = "2025-03-10";

describe("SHOE", () => {
  it.each([
    [499, null],
    [500, "info"],
    [799, "info"],
    [799.9, "info"],
    [800, "warning"],
    [1200, "warning"],
  ] as const)("%f km with the default 800 km retirement gives %s", (startKm, severity) => {
    const log = trainingLog({ shoes: [shoe("shoe-a", { startKm })] });
    expect(alertsFor(log, T, "SHOE").map((alert) => alert.severity)).toEqual(severity ? [severity] : []);
  });

  it.each([
    [600, 599, "info"],
    [600, 600, "warning"],
    [400, 399, null],
    [400, 450, "warning"],
  ] as const)("a retirement distance of %i km replaces 800: %i km gives %s", (retireKm, startKm, severity) => {
    const log = trainingLog({ shoes: [shoe("shoe-a", { startKm, retireKm })] });
    expect(alertsFor(log, T, "SHOE").map((alert) => alert.severity)).toEqual(severity ? [severity] : []);
  });

  it("adds the runs in that shoe up to T, and only those", () => {
    const runs = [
      run("2025-03-01", 4.5, { shoeId: "shoe-a" }),
      run("2025-03-09", 5.5, { shoeId: "shoe-a" }),
      run("2025-03-09", 50, { shoeId: "shoe-b" }),
      run("2025-03-09", 50),
      run(addDays(T, 1), 50, { shoeId: "shoe-a" }),
    ];
    const log = trainingLog({ runs, shoes: [shoe("shoe-a", { startKm: 490 })] });
    expect(alertsFor(log, T, "SHOE")).toEqual([
      {
        rule: "SHOE",
        severity: "info",
        key: "shoe-a",
        asOf: T,
        data: { km: 500, retireKm: 800 },
        advice: ["footwear"],
      },
    ]);
    expect(alertsFor(log, "2025-03-08", "SHOE")).toEqual([]);
  });

  it.each([
    ["never used", null, 0],
    ["last used on T - 30", 30, 0],
    ["last used on T - 29", 29, 1],
  ])("a retired shoe %s", (_story, daysAgo, count) => {
    const runs = daysAgo === null ? [] : [run(addDays(T, -daysAgo), 10, { shoeId: "old" })];
    const log = trainingLog({ runs, shoes: [shoe("old", { startKm: 900, retired: true })] });
    expect(alertsFor(log, T, "SHOE")).toHaveLength(count);
  });

  it("raises one alert per shoe, keyed by its id", () => {
    const shoes = [shoe("b", { startKm: 850 }), shoe("a", { startKm: 650 }), shoe("c", { startKm: 100 })];
    const alerts = alertsFor(trainingLog({ shoes }), T, "SHOE");
    expect(alerts.map((alert) => [alert.key, alert.severity])).toEqual([["b", "warning"], ["a", "info"]]);
  });
});
