// Years of daily running for the page and memory benchmarks, built with the same builders as the
// analyser's tests and the demo seed.
import { addDays } from "../../lib/analysis/dates";
import { dailyTrainingLog } from "../../lib/analysis/test-builders";
import type { DemoLog } from "../../lib/demo/demo-log";

export const BENCH_ATHLETE = { email: "ten-years@stridewise.app", password: "bench-athlete-password" };

export function yearsOfRunning(years: number, endingOn: string): DemoLog {
  const days = Math.round(years * 365.25);
  const log = dailyTrainingLog({ from: addDays(endingOn, -(days - 1)), days, seed: 7 });
  return {
    shoes: log.shoes.map((shoe, i) => ({ ...shoe, name: `Shoe ${i + 1}`, isDefault: i === 0 })),
    runs: log.runs.map((run) => ({
      id: run.id,
      date: run.date,
      startTime: "07:00",
      distanceKm: run.km,
      durationSec: Math.round(run.km * 330),
      type: run.km > 13 ? "long" : "easy",
      rpe: 4,
      shoeId: run.shoeId ?? "",
      pain: run.pain,
    })),
    painDays: log.painDays,
  };
}
