// The alert window read from a real SQLite database (built from the committed migrations) gives the same
// alerts as the whole log: the SQL cut and lib/analysis/alert-window.ts agree, day after day.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyse } from "../../analysis";
import { addDays, daysBetween } from "../../analysis/dates";
import { dailyTrainingLog, pain, painDay } from "../../analysis/test-builders";
import type { TrainingLog } from "../../analysis/types";
import type { PrismaClient } from "../../generated/prisma/client";
import { createTestDatabase, createTestUser, type TestDatabase } from "../test-db";
import { loadAlertLog, loadTrainingLog } from "./training-log";

const FIRST_DAY = "2023-01-02";
const DAYS = 900;
/** Two breaks (21 and 60 days) so that returns, with their previous run far back, are in the log. */
const BREAKS: [string, string][] = [
  ["2023-08-01", "2023-08-21"],
  ["2024-09-10", "2024-11-08"],
];

function logWithBreaks(): TrainingLog {
  const log = dailyTrainingLog({ from: FIRST_DAY, days: DAYS, seed: 3 });
  const inBreak = (date: string) => BREAKS.some(([from, to]) => date >= from && date <= to);
  return {
    ...log,
    runs: log.runs.filter((run) => !inBreak(run.date)),
    painDays: [
      ...log.painDays,
      painDay("2024-11-01", pain("achilles", "right", 6, { nightPain: true })),
      painDay("2024-11-20", pain("shin", "left", 4)),
    ],
  };
}

async function store(db: PrismaClient, userId: string, log: TrainingLog) {
  await db.shoe.createMany({
    data: log.shoes.map((shoe) => ({
      id: shoe.id,
      userId,
      name: shoe.id,
      startMeters: Math.round(shoe.startKm * 1000),
      retireMeters: Math.round(shoe.retireKm * 1000),
      retired: shoe.retired,
    })),
  });
  await db.run.createMany({
    data: log.runs.map((run) => ({
      id: `${userId}-${run.id}`,
      userId,
      localDate: run.date,
      distanceM: Math.round(run.km * 1000),
      shoeId: run.shoeId ?? null,
    })),
  });
  await db.painEntry.createMany({
    data: [
      ...log.runs.flatMap((run) =>
        run.pain.map((entry) => ({ ...entry, userId, runId: `${userId}-${run.id}`, localDate: run.date })),
      ),
      ...log.painDays.map(({ date, ...entry }) => ({ ...entry, userId, localDate: date })),
    ],
  });
}

let test: TestDatabase;
let userId: string;
const owner = () => ({ id: userId, weekStartsOn: "sunday" });

beforeAll(async () => {
  test = await createTestDatabase();
  userId = (await createTestUser(test.db, { weekStartsOn: "sunday" })).id;
  await store(test.db, userId, logWithBreaks());
  // Another runner's rows must never leak into the window.
  const other = (await createTestUser(test.db)).id;
  const otherLog = dailyTrainingLog({ from: "2024-10-01", days: 60, seed: 9 });
  await store(test.db, other, { ...otherLog, shoes: [] , runs: otherLog.runs.map((run) => ({ ...run, shoeId: null })) });
});
afterAll(() => test.cleanup());

describe("loadAlertLog", () => {
  it("gives the same alerts as the whole log on every fourth day, and around each return", async () => {
    const whole = await loadTrainingLog(test.db, owner());
    const days = [];
    for (let offset = 0; offset <= DAYS + 30; offset += 4) days.push(addDays(FIRST_DAY, offset));
    for (const [, end] of BREAKS) for (let offset = 0; offset <= 15; offset++) days.push(addDays(end, offset));

    let alerts = 0;
    for (const asOf of days) {
      const expected = analyse(whole, asOf).alerts;
      expect(analyse(await loadAlertLog(test.db, owner(), asOf), asOf).alerts, asOf).toEqual(expected);
      alerts += expected.length;
    }
    // The comparison means something only if the days had alerts of several kinds.
    expect(alerts).toBeGreaterThan(100);
  });

  it("reads about six weeks of a daily runner's log, not three years", async () => {
    const asOf = addDays(FIRST_DAY, DAYS - 1);
    const window = await loadAlertLog(test.db, owner(), asOf);
    expect(window.runs.length).toBeLessThanOrEqual(43);
    const [first, second] = window.runs.map((run) => run.date).sort();
    expect(first).toBe(FIRST_DAY);
    expect(daysBetween(second!, asOf)).toBe(41);
  });
});
