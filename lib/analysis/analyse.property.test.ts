import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse } from "./analyse";
import { fromEpochDay, toEpochDay } from "./dates";
import { runArb } from "./test-arbitraries";
import { pain, painDay, shoe, trainingLog } from "./test-builders";
import {
  PAIN_LOCATIONS,
  PAIN_SIDES,
  PAIN_TIMINGS,
  RULE_IDS,
  type Alert,
  type AnalysisResult,
  type PainEntry,
  type TrainingLog,
} from "./types";

const FIRST_DAY = toEpochDay("2024-01-01");
/** Dates over about four months, so that weekly rules, spikes and returns all get a chance to fire. */
const dateArb = fc.integer({ min: 0, max: 120 }).map((offset) => fromEpochDay(FIRST_DAY + offset));

/** Mostly one knee, so that recurring, persisting and rising pain show up; any place now and then. */
const placeArb = fc.oneof(
  { arbitrary: fc.constant(["knee", "left"] as const), weight: 4 },
  { arbitrary: fc.tuple(fc.constantFrom(...PAIN_LOCATIONS), fc.constantFrom(...PAIN_SIDES)), weight: 1 },
);

const painArb: fc.Arbitrary<PainEntry> = fc
  .record({
    place: placeArb,
    score: fc.integer({ min: 0, max: 10 }),
    timing: fc.constantFrom(...PAIN_TIMINGS),
    flag: fc.option(fc.constantFrom("restPain", "swelling", "boneTenderness"), { freq: 4 }),
  })
  .map(({ place: [location, side], score, timing, flag }) =>
    pain(location, side, score, flag === null ? { timing } : { timing, [flag]: true }),
  );

const logArb: fc.Arbitrary<TrainingLog> = fc
  .record({
    weekStartsOn: fc.constantFrom("monday" as const, "sunday" as const),
    runs: fc.array(
      // 0.001 to 45 km.
      runArb({ date: dateArb, pain: painArb, shoeIds: ["s1", "s2", "s3"], maxMetres: 45_000 }),
      { maxLength: 60, size: "max" },
    ),
    painDays: fc.array(fc.tuple(dateArb, painArb).map(([date, entry]) => painDay(date, entry)), { maxLength: 8 }),
    shoes: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom("s1", "s2", "s3", "s4"),
        startKm: fc.integer({ min: 0, max: 900 }),
        retireKm: fc.integer({ min: 300, max: 1000 }),
        retired: fc.boolean(),
      }),
      { selector: (candidate) => candidate.id, maxLength: 4 },
    ),
  })
  .map(({ weekStartsOn, runs, painDays, shoes }) =>
    trainingLog({
      weekStartsOn,
      runs: runs.map((candidate, i) => ({ ...candidate, id: `r${i}` })),
      painDays,
      shoes: shoes.map(({ id, ...options }) => shoe(id, options)),
    }),
  );

const asOfArb = fc.integer({ min: 0, max: 130 }).map((offset) => fromEpochDay(FIRST_DAY + offset));
const NUM_RUNS = 300;

const LOAD_RULES = new Set<string>(["WEEKLY_INCREASE", "ACWR", "SPIKE", "RETURN"]);
const loadAlerts = (result: AnalysisResult): Alert[] => result.alerts.filter((alert) => LOAD_RULES.has(alert.rule));

const SEVERITY_RANK = { high: 0, warning: 1, info: 2 };

describe("analyse, for any valid log", () => {
  it("never throws, and returns ordered alerts and contiguous weeks", () => {
    fc.assert(
      fc.property(logArb, asOfArb, (log, asOf) => {
        const result = analyse(log, asOf);
        expect(result.asOf).toBe(asOf);
        result.alerts.forEach((alert, i) => {
          expect(alert.asOf).toBe(asOf);
          expect(alert.advice.length).toBeGreaterThan(0);
          for (const value of Object.values(alert.data)) {
            if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
          }
          const previous = result.alerts[i - 1];
          if (previous) {
            const order = [SEVERITY_RANK[previous.severity], RULE_IDS.indexOf(previous.rule)];
            const here = [SEVERITY_RANK[alert.severity], RULE_IDS.indexOf(alert.rule)];
            expect(order[0]! < here[0]! || (order[0] === here[0] && order[1]! <= here[1]!)).toBe(true);
          }
        });
        const days = result.weeks.map((week) => toEpochDay(week.start));
        days.forEach((day, i) => i > 0 && expect(day - days[i - 1]!).toBe(7));
        const lastWeek = days[days.length - 1];
        if (lastWeek !== undefined) expect(toEpochDay(asOf) - lastWeek).toBeLessThan(7);
        expect(result.weeks.length > 0).toBe(log.runs.some((candidate) => candidate.date <= asOf));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("gives the same result whatever the order of runs, pain days and shoes", () => {
    const shuffledArb = logArb.chain((log) =>
      fc.record({
        log: fc.constant(log),
        runs: fc.shuffledSubarray(log.runs, { minLength: log.runs.length }),
        painDays: fc.shuffledSubarray(log.painDays, { minLength: log.painDays.length }),
        shoes: fc.shuffledSubarray(log.shoes, { minLength: log.shoes.length }),
      }),
    );
    fc.assert(
      fc.property(shuffledArb, asOfArb, ({ log, runs, painDays, shoes }, asOf) => {
        expect(analyse({ ...log, runs, painDays, shoes }, asOf)).toEqual(analyse(log, asOf));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("raises no load alert because of a pain day, whatever its score", () => {
    fc.assert(
      fc.property(logArb, asOfArb, dateArb, painArb, (log, asOf, date, entry) => {
        const withPainDay = { ...log, painDays: [...log.painDays, painDay(date, entry)] };
        expect(loadAlerts(analyse(withPainDay, asOf))).toEqual(loadAlerts(analyse(log, asOf)));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("changes no alert at all for a pain day with score 0 and no red flag", () => {
    fc.assert(
      fc.property(logArb, asOfArb, dateArb, painArb, (log, asOf, date, entry) => {
        const painFree = painDay(date, pain(entry.location, entry.side, 0, { timing: entry.timing }));
        const withPainDay = { ...log, painDays: [...log.painDays, painFree] };
        expect(analyse(withPainDay, asOf).alerts).toEqual(analyse(log, asOf).alerts);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("changes nothing at all for runs and pain days dated after T (entries after T are ignored)", () => {
    const laterArb = fc.record({
      runs: fc.array(
        runArb({ date: dateArb, pain: painArb, shoeIds: ["s1", "s2", "s3"], maxMetres: 45_000 }),
        { maxLength: 6 },
      ),
      painDays: fc.array(fc.tuple(dateArb, painArb).map(([date, entry]) => painDay(date, entry)), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(logArb, asOfArb, laterArb, (log, asOf, later) => {
        const afterT = {
          runs: later.runs.filter((candidate) => candidate.date > asOf).map((candidate, i) => ({ ...candidate, id: `late${i}` })),
          painDays: later.painDays.filter((day) => day.date > asOf),
        };
        const withLater = { ...log, runs: [...log.runs, ...afterT.runs], painDays: [...log.painDays, ...afterT.painDays] };
        expect(analyse(withLater, asOf)).toEqual(analyse(log, asOf));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
