import { describe, expect, it } from "vitest";
import { analyse } from "./analyse";
import { addDays } from "./dates";
import { pain, painDay, run, runSeries, trainingLog } from "./test-builders";
import type { WeekSummary } from "./types";

const noEwma = { acute: null, chronic: null, ratio: null };
const noPain = { maxPainByLocation: {}, morningPainByLocation: {}, runPainByLocation: {} };

describe("weekly summaries", () => {
  it("are empty for an empty log", () => {
    expect(analyse(trainingLog(), "2025-01-07").weeks).toEqual([]);
  });

  // Tue 2025-01-07 a double (6 + 4 km), Sun 01-12 10 km, nothing the week of 01-13, Tue 01-21 8 km with
  // knee pain, rest-day pain on T = 01-22; a run and pain after T that must not count.
  const log = trainingLog({
    runs: [
      run("2025-01-07", 6, { id: "am" }),
      run("2025-01-07", 4, { id: "pm" }),
      run("2025-01-12", 10),
      run("2025-01-21", 8, { pain: [pain("knee", "left", 3)] }),
      run("2025-01-25", 20),
    ],
    painDays: [
      painDay("2025-01-22", pain("knee", "left", 5)),
      painDay("2025-01-22", pain("achilles", "right", 2)),
      painDay("2025-01-24", pain("knee", "left", 9)),
      painDay("2024-12-01", pain("back", "none", 7)),
    ],
  });

  it("run from the week of H through k0, oldest first, empty weeks included", () => {
    expect(analyse(log, "2025-01-22").weeks).toEqual<WeekSummary[]>([
      { start: "2025-01-06", km: 20, runs: 3, longestKm: 10, maxPain: 0, ...noPain, ...noEwma },
      { start: "2025-01-13", km: 0, runs: 0, longestKm: 0, maxPain: 0, ...noPain, ...noEwma },
      {
        start: "2025-01-20",
        km: 8,
        runs: 1,
        longestKm: 8,
        maxPain: 5,
        maxPainByLocation: { knee_left: 5, achilles_right: 2 },
        morningPainByLocation: {},
        runPainByLocation: { knee_left: 5, achilles_right: 2 },
        ...noEwma,
      },
    ]);
  });

  it("keep the morning check's scores apart from the run's, per place", () => {
    const morningLog = trainingLog({
      runs: [run("2025-01-06", 8, { pain: [pain("knee", "left", 2, { timing: "after" })] })],
      painDays: [painDay("2025-01-07", pain("knee", "left", 4, { timing: "next_morning" }))],
    });
    const [week] = analyse(morningLog, "2025-01-08").weeks;
    expect(week).toMatchObject({
      maxPainByLocation: { knee_left: 4 },
      runPainByLocation: { knee_left: 2 },
      morningPainByLocation: { knee_left: 4 },
    });
  });

  it("start on Sunday for a runner whose week starts on Sunday", () => {
    const weeks = analyse({ ...log, weekStartsOn: "sunday" }, "2025-01-22").weeks;
    expect(weeks.map((week) => [week.start, week.km, week.runs])).toEqual([
      ["2025-01-05", 10, 2],
      ["2025-01-12", 10, 1],
      ["2025-01-19", 8, 1],
    ]);
  });

  it("sum decimals exactly", () => {
    const weeks = analyse(trainingLog({ runs: runSeries("2025-01-06", [5.4, 10.8, 9.8]) }), "2025-01-08").weeks;
    expect(weeks[0]?.km).toBe(26);
  });
});

describe("the EWMA load (display only)", () => {
  // 10 km every day from H: after n days the EWMA is 10 x (1 - (1 - lambda)^n).
  const H = "2025-01-06";
  const dailyTens = (days: number) => trainingLog({ runs: runSeries(H, new Array<number>(days).fill(10)) });
  const ewma = (lambda: number, days: number) => 10 * (1 - (1 - lambda) ** days);

  it("is hidden until T - H >= 41 days", () => {
    const weeks = analyse(dailyTens(41), addDays(H, 40)).weeks;
    expect(weeks.every((week) => week.acute === null && week.chronic === null && week.ratio === null)).toBe(true);
    expect(analyse(dailyTens(42), addDays(H, 41)).weeks.every((week) => week.acute !== null)).toBe(true);
  });

  it("is taken at each week's last day, and at T for week k0", () => {
    // T = H + 43, a Tuesday: 44 days of running.
    const weeks = analyse(dailyTens(50), addDays(H, 43)).weeks;
    const expectations: [number, number][] = [
      [0, 7],
      [5, 42],
      [6, 44],
    ];
    for (const [week, days] of expectations) {
      const acute = ewma(0.25, days);
      const chronic = ewma(2 / 29, days);
      expect(weeks[week]?.acute).toBeCloseTo(acute, 2);
      expect(weeks[week]?.chronic).toBeCloseTo(chronic, 2);
      expect(weeks[week]?.ratio).toBeCloseTo(acute / chronic, 2);
    }
  });

  it("counts rest days as 0 km", () => {
    // One 10 km run on H, then nothing: acute at the end of the first week is 2.5 x 0.75^6.
    const runs = [run(H, 10), run(addDays(H, 41), 1)];
    const weeks = analyse(trainingLog({ runs }), addDays(H, 41)).weeks;
    expect(weeks[0]?.acute).toBeCloseTo(2.5 * 0.75 ** 6, 2);
  });
});
