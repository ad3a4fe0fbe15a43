// The demo athlete: 16 weeks of realistic running that end today, with the three stories Stridewise
// exists to tell: a week that grew too fast, a long run far beyond the recent ones (today), and left-knee
// pain that keeps coming back. Shared by the seed script, the tests and the benchmarks.
import { addDays, weekStartOf } from "../analysis/dates";
import { pain, seededRandom } from "../analysis/test-builders";
import type { LocalDate, PainDay, PainEntry, RunType, WeekStart } from "../analysis/types";

export type DemoRun = {
  id: string;
  date: LocalDate;
  startTime: string;
  distanceKm: number;
  durationSec: number;
  type: RunType;
  rpe: number;
  shoeId: string;
  notes?: string;
  pain: PainEntry[];
};

export type DemoShoe = { id: string; name: string; startKm: number; retireKm: number; retired: boolean; isDefault: boolean };

export type DemoLog = { shoes: DemoShoe[]; runs: DemoRun[]; painDays: PainDay[] };

export const DEMO_WEEKS = 16;

// Weekly plan, oldest first: [easy km per run, runs, long run km]. Week 13 (index 12) jumps too fast.
const PLAN: [number, number, number][] = [
  [5, 3, 8], [5, 3, 8], [5.5, 3, 9], [5.5, 3, 9],
  [6, 3, 10], [6, 3, 10], [5, 2, 8], [6, 3, 10],
  [6.5, 3, 11], [6.5, 3, 11], [6, 3, 10], [6.5, 3, 12],
  [9, 4, 12], [7, 3, 11], [6.5, 3, 12],
];
// Days of the week (0 = first day) for easy runs, by how many there are; the long run is on day 5 or 6.
const EASY_DAYS: Record<number, number[]> = { 2: [1, 3], 3: [0, 2, 4], 4: [0, 1, 2, 4] };

function paceSecPerKm(type: RunType, random: () => number): number {
  const base = type === "long" ? 375 : 350;
  return base + Math.round(random() * 25);
}

/**
 * Left-knee pain after the runs of the last three and a half weeks: a niggle (2/10) at first, then
 * 3-4/10, so it recurs and has lasted more than two weeks by today.
 */
function kneePain(date: LocalDate, today: LocalDate, random: () => number): PainEntry[] {
  if (date < addDays(today, -27)) return [];
  const score = date < addDays(today, -24) ? 2 : 3 + Math.floor(random() * 2);
  return [pain("knee", "left", score, { timing: "after" })];
}

export function buildDemoLog(today: LocalDate, weekStartsOn: WeekStart = "monday"): DemoLog {
  const random = seededRandom(2026);
  const thisWeek = weekStartOf(today, weekStartsOn);
  const firstWeek = addDays(thisWeek, -7 * (DEMO_WEEKS - 1));
  const shoes: DemoShoe[] = [
    { id: "demo-shoe-daily", name: "Daily trainer", startKm: 430, retireKm: 800, retired: false, isDefault: true },
    { id: "demo-shoe-long", name: "Long-run shoe", startKm: 120, retireKm: 800, retired: false, isDefault: false },
  ];
  const runs: DemoRun[] = [];
  const add = (date: LocalDate, km: number, type: RunType, notes?: string) => {
    const durationSec = Math.round(km * paceSecPerKm(type, random));
    runs.push({
      id: `demo-${date}-${runs.length}`,
      date,
      startTime: type === "long" ? "08:30" : "06:45",
      distanceKm: km,
      durationSec,
      type,
      rpe: type === "long" ? 6 : 3 + Math.floor(random() * 2),
      shoeId: type === "long" ? "demo-shoe-long" : "demo-shoe-daily",
      notes,
      pain: kneePain(date, today, random),
    });
  };

  PLAN.forEach(([easyKm, easyRuns, longKm], week) => {
    const start = addDays(firstWeek, 7 * week);
    for (const day of EASY_DAYS[easyRuns] ?? []) {
      add(addDays(start, day), Math.round((easyKm + random() * 1.5) * 10) / 10, "easy");
    }
    add(addDays(start, 5), longKm, "long", week === 12 ? "Felt strong, added a fourth run" : undefined);
  });

  // This week: easy runs on the days already past, then today's long run, well beyond the 30-day longest.
  for (let day = 0; addDays(thisWeek, day) < today && day < 4; day += 2) {
    add(addDays(thisWeek, day), 6.5, "easy");
  }
  add(today, 17, "long", "Long run, knee sore after 12 km");

  const painDays: PainDay[] = [
    { ...pain("knee", "left", 3, { timing: "next_morning" }), date: addDays(today, -9) },
  ];
  return { shoes, runs, painDays };
}
