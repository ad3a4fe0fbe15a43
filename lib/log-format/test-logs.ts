// Logs shared by the log-format tests: the documented example and a builder for small variations.

/** The example document from LOG-FORMAT.md, verbatim. */
export function exampleLog(): Record<string, unknown> {
  return {
    format: "stridewise-log",
    version: 1,
    athlete: { timezone: "Europe/Copenhagen", weekStartsOn: "monday", units: "km" },
    shoes: [{ id: "shoe-a", name: "Pegasus 40", startKm: 590, retireKm: 800, retired: false }],
    runs: [
      {
        id: "r-2025-01-07",
        date: "2025-01-07",
        start: "2025-01-07T06:30:00+01:00",
        distanceKm: 6.0,
        durationSec: 1980,
        rpe: 4,
        type: "easy",
        shoeId: "shoe-a",
        notes: "windy",
        pain: [
          {
            location: "knee",
            side: "left",
            score: 3,
            timing: "during",
            restPain: false,
            nightPain: false,
            swelling: false,
            limping: false,
            worseDuringRun: false,
            boneTenderness: false,
          },
        ],
      },
    ],
    painDays: [{ date: "2025-01-08", location: "knee", side: "left", score: 2, timing: "next_morning" }],
  };
}

/** A minimal valid log with one run per [date, km] pair, ids "r-<date>". */
export function logWithRuns(runs: readonly [string, number][], athlete: Record<string, unknown> = {}) {
  return {
    format: "stridewise-log",
    version: 1,
    athlete,
    runs: runs.map(([date, distanceKm]) => ({ id: `r-${date}`, date, distanceKm })),
  };
}

/**
 * Four steady weeks from Monday 2025-01-27, then Sunday 2025-02-23's 16 km run, a third longer than
 * the 12 km longest of the 30 days before: the SPIKE example of LOG-FORMAT.md, and no other alert.
 */
export const SPIKE_RUNS: [string, number][] = [
  ["2025-01-27", 8],
  ["2025-01-30", 10],
  ["2025-02-02", 12],
  ["2025-02-05", 8],
  ["2025-02-09", 12],
  ["2025-02-12", 8],
  ["2025-02-16", 12],
  ["2025-02-19", 8],
  ["2025-02-23", 16],
];
