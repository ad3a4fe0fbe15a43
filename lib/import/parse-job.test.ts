import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { IMPORT_CHUNK_SIZE, MAX_IMPORT_ROWS } from "./limits";
import { createParseJob } from "./parse-job";

function simpleCsv(rows: number): Uint8Array {
  const lines = ["date,distance_km,duration"];
  for (let i = 0; i < rows; i++) lines.push(`2024-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")},${5 + (i % 7)},30:00`);
  return strToU8(lines.join("\n"));
}

describe("createParseJob: an import's parsing as requests and replies", () => {
  it("checks a whole log before handing its runs over in chunks", () => {
    const job = createParseJob();
    expect(job.handle({ type: "start", name: "runs.csv", bytes: simpleCsv(IMPORT_CHUNK_SIZE + 5) })).toMatchObject({
      type: "header",
      header: { kind: "log", format: "simple CSV", hasAthlete: false },
    });
    expect(job.handle({ type: "plan", timezone: "Europe/Berlin", today: "2025-01-01" })).toMatchObject({ type: "plan", runs: IMPORT_CHUNK_SIZE + 5, shoes: [] });
    const first = job.handle({ type: "more" });
    const second = job.handle({ type: "more" });
    expect(first.type === "items" && [first.items.length, first.done]).toEqual([IMPORT_CHUNK_SIZE, false]);
    expect(second.type === "items" && [second.items.length, second.done]).toEqual([5, true]);
    expect(second.type === "items" && second.items[0]).toMatchObject({ label: `runs[${IMPORT_CHUNK_SIZE}]`, distanceM: expect.any(Number) });
  });

  it("fails a log on its first invalid row, before any run is handed over", () => {
    const job = createParseJob();
    job.handle({ type: "start", name: "runs.csv", bytes: strToU8("date,distance_km\n2024-01-01,5\n2030-01-01,5\n") });
    expect(job.handle({ type: "plan", timezone: "UTC", today: "2025-01-01" })).toEqual({
      type: "failed",
      expected: true,
      reason: expect.stringMatching(/^runs\[1\]\.date: /),
    });
  });

  it(`refuses a CSV of more than ${MAX_IMPORT_ROWS.toLocaleString("en")} rows`, () => {
    const job = createParseJob();
    expect(job.handle({ type: "start", name: "runs.csv", bytes: simpleCsv(MAX_IMPORT_ROWS + 1) })).toEqual({
      type: "failed",
      expected: true,
      reason: "the file has 50,001 rows; the limit for one import is 50,000: split it into several files",
    });
  });

  it("does not read the file of an activity the account already has", () => {
    const job = createParseJob();
    const csv = ["Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance", `7,"Mar 1, 2025, 8:00:00 AM",Easy,Run,1800,5.5`].join("\n");
    job.handle({ type: "start", name: "activities.csv", bytes: strToU8(csv) });
    expect(job.handle({ type: "more", known: ["strava:7"] })).toMatchObject({ type: "items", done: true, items: [{ kind: "activity" }] });
  });
});
