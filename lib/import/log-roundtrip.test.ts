import { describe, expect, it } from "vitest";
import { parseStridewiseLog } from "../log-format/parse";
import { StridewiseLogSchema, type StridewiseLog } from "../log-format/schema";
import { exampleLog } from "../log-format/test-logs";
import { planLogImport, unseenPainDays } from "./log-import";
import { formatInstantInZone, toStridewiseLog, type LogSnapshot } from "./log-export";
import { runColumns } from "./plan";

const TODAY = "2025-12-31";
const FLAGS = { restPain: false, nightPain: false, swelling: false, limping: false, worseDuringRun: false, boneTenderness: false };

/** What the importer stores for a log (the same column mapping it writes), read back as the exporter does. */
function importIntoEmptyAccount(log: StridewiseLog): LogSnapshot {
  let next = 0;
  const newId = () => `c${++next}-${Math.random().toString(36).slice(2, 8)}`;
  const plan = planLogImport(log, { timezone: log.athlete.timezone, today: TODAY });
  const shoeIds = new Map(plan.shoes.map((shoe) => [shoe.key, newId()]));
  return {
    athlete: log.athlete,
    shoes: plan.shoes.map(({ key, ...shoe }) => ({ ...shoe, id: shoeIds.get(key)! })),
    runs: plan.runs.map((run) => ({ ...runColumns(run), id: newId(), shoeId: run.shoeKey ? shoeIds.get(run.shoeKey)! : null, pain: run.pain })),
    painDays: plan.painDays.map(({ date, ...entry }) => ({ ...entry, localDate: date })),
  };
}

function omitId<T extends { id: string }>(item: T): Omit<T, "id"> {
  const copy: Partial<T> = { ...item };
  delete copy.id;
  return copy as Omit<T, "id">;
}

/** The document without generated ids: shoes are referred to by name instead. */
function withoutIds(log: StridewiseLog) {
  const names = new Map(log.shoes.map((shoe) => [shoe.id, shoe.name]));
  return {
    ...log,
    shoes: log.shoes.map(omitId),
    runs: log.runs.map((run) => {
      const { shoeId, ...rest } = omitId(run);
      return { ...rest, shoe: shoeId ? names.get(shoeId) : undefined };
    }),
  };
}

function parsed(json: unknown): StridewiseLog {
  const result = parseStridewiseLog(json);
  if (!result.ok) throw new Error(result.error);
  return result.log;
}

/** The documented example, plus a double on one day, a run without a start, a second shoe and red flags. */
function richLog(): StridewiseLog {
  const log = exampleLog() as Record<string, unknown> & { runs: Record<string, unknown>[]; shoes: Record<string, unknown>[] };
  log.shoes.push({ id: "shoe-b", name: "Old trail shoe", startKm: 0, retireKm: 600, retired: true });
  log.runs.push(
    { id: "r-2", date: "2025-01-07", start: "2025-01-07T18:05:30+01:00", distanceKm: 3.5, type: "recovery", pain: [] },
    { id: "r-3", date: "2025-02-01", distanceKm: 21.1, durationSec: 7200, rpe: 8, type: "race", shoeId: "shoe-b", notes: 'Half, "hot"', pain: [
      { location: "achilles", side: "right", score: 5, timing: "after", swelling: true, limping: true },
      { location: "knee", side: "left", score: 2, timing: "during" },
    ] },
    // Summer time: the offset in the file is +02:00.
    { id: "r-4", date: "2025-07-01", start: "2025-07-01T06:00:00+02:00", distanceKm: 8, durationSec: 2700, type: "easy", pain: [] },
  );
  return parsed(log);
}

describe("the stridewise-log round trip", () => {
  it("keeps every field of an imported log when it is exported again", () => {
    const log = richLog();
    const exported = toStridewiseLog(importIntoEmptyAccount(log));
    expect(StridewiseLogSchema.safeParse(exported).success).toBe(true);
    const sortRuns = (l: ReturnType<typeof withoutIds>) => ({ ...l, runs: [...l.runs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) });
    const original = withoutIds(log);
    // The painDays entry of the example has no red flags written out; they default to false.
    expect(sortRuns(withoutIds(exported))).toEqual(sortRuns({
      ...original,
      shoes: [...original.shoes].sort((a, b) => a.name!.localeCompare(b.name!)),
      runs: original.runs.map((run) => ({ ...run, pain: [...run.pain].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) })),
      painDays: original.painDays.map((day) => ({ ...FLAGS, ...day })),
    }));
  });

  it("export, import into an empty account, export again: the same document apart from ids", () => {
    const first = toStridewiseLog(importIntoEmptyAccount(richLog()));
    const second = toStridewiseLog(importIntoEmptyAccount(parsed(JSON.parse(JSON.stringify(first)))));
    expect(second.runs.map((run) => run.id)).not.toEqual(first.runs.map((run) => run.id));
    expect(withoutIds(second)).toEqual(withoutIds(first));
  });

  it("rejects a log the app would not accept from its own forms, naming the field", () => {
    const log = parsed({ format: "stridewise-log", version: 1, runs: [{ id: "r", date: "2025-01-07", distanceKm: 5, pain: [{ location: "knee", side: "left", score: 2.5 }] }] });
    expect(() => planLogImport(log, { timezone: "UTC", today: TODAY })).toThrow("runs[0].pain[0].score: Pain must be a whole number from 0 to 10");
  });
});

describe("unseenPainDays", () => {
  it("leaves out rest-day pain the account already has, so a second import adds none", () => {
    const day = { date: "2025-01-08", location: "knee", side: "left", score: 2, timing: "next_morning", ...FLAGS } as const;
    const existing = [{ ...day, localDate: day.date }];
    expect(unseenPainDays([day, { ...day, score: 3 }], existing)).toEqual([{ ...day, score: 3 }]);
  });
});

describe("formatInstantInZone", () => {
  it.each([
    ["2025-01-07T05:30:00Z", "Europe/Copenhagen", "2025-01-07T06:30:00+01:00"],
    ["2025-07-01T04:00:00Z", "Europe/Copenhagen", "2025-07-01T06:00:00+02:00"],
    ["2025-01-07T05:30:00Z", "UTC", "2025-01-07T05:30:00+00:00"],
    ["2025-01-07T05:30:00Z", "America/St_Johns", "2025-01-07T02:00:00-03:30"],
  ])("writes %s in %s as %s", (instant, zone, text) => {
    expect(formatInstantInZone(new Date(instant), zone)).toBe(text);
  });
});
