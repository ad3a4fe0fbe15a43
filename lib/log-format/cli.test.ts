import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runAnalyseCli, type AnalyseIo } from "./cli";
import { SPIKE_RUNS, exampleLog, logWithRuns } from "./test-logs";

type Run = { code: number; stdout: string; stderr: string };

/** Runs the command against in-memory files; `now` is the instant the machine's clock would give. */
function run(argv: string[], files: Record<string, unknown> = {}, now = "2025-02-23T12:00:00Z"): Run {
  let stdout = "";
  let stderr = "";
  const io: AnalyseIo = {
    readFile: (path) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: open '${path}'`), { code: "ENOENT" });
      if (content instanceof Uint8Array || typeof content === "string") return content;
      return JSON.stringify(content);
    },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    today: () => new Date(now),
  };
  return { code: runAnalyseCli(argv, io), stdout, stderr };
}

const spikeLog = { "spike.json": logWithRuns(SPIKE_RUNS) };

describe("analyse --json", () => {
  it("prints exactly one JSON document with the spike alert and the weeks", () => {
    const result = run(["spike.json", "--as-of", "2025-02-23", "--json"], spikeLog);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const output = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(output)).toEqual(["asOf", "alerts", "weeks"]);
    expect(output.asOf).toBe("2025-02-23");
    expect(output.alerts).toEqual([
      {
        rule: "SPIKE",
        severity: "warning",
        key: "r-2025-02-23",
        data: expect.objectContaining({ ratio: 1.33, runKm: 16, longest30Km: 12, date: "2025-02-23" }),
        advice: ["long-run-steps"],
      },
    ]);
    expect(output.weeks).toEqual([
      { start: "2025-01-27", km: 30, runs: 3, maxPain: 0, longestKm: 12 },
      { start: "2025-02-03", km: 20, runs: 2, maxPain: 0, longestKm: 12 },
      { start: "2025-02-10", km: 20, runs: 2, maxPain: 0, longestKm: 12 },
      { start: "2025-02-17", km: 24, runs: 2, maxPain: 0, longestKm: 16 },
    ]);
  });

  it("analyses as of today in the log's own time zone by default", () => {
    // 23:30 UTC on Sunday is already Monday in Copenhagen, so a new week has begun there (and the
    // spike, one of the last 7 days, still warns).
    const late = "2025-02-23T23:30:00Z";
    const utc = JSON.parse(run(["spike.json", "--json"], spikeLog, late).stdout);
    expect(utc).toMatchObject({ asOf: "2025-02-23", alerts: [{ rule: "SPIKE" }] });
    expect(utc.weeks.at(-1)).toMatchObject({ start: "2025-02-17", km: 24 });
    const copenhagen = { "cph.json": logWithRuns(SPIKE_RUNS, { timezone: "Europe/Copenhagen" }) };
    const local = JSON.parse(run(["cph.json", "--json"], copenhagen, late).stdout);
    expect(local).toMatchObject({ asOf: "2025-02-24", alerts: [{ rule: "SPIKE" }] });
    expect(local.weeks.at(-1)).toMatchObject({ start: "2025-02-24", km: 0 });
  });

  it("reads the simple CSV as well", () => {
    const csv = ["date,distance_km", ...SPIKE_RUNS.map(([date, km]) => `${date},${km}`)].join("\r\n");
    const result = run(["runs.csv", "--json", "--as-of=2025-02-23"], { "runs.csv": csv });
    expect(JSON.parse(result.stdout)).toMatchObject({ alerts: [{ rule: "SPIKE", key: "r-10" }] });
  });
});

describe("analyse without --json", () => {
  it("words each alert with its numbers and advice, then the weeks and the disclaimer", () => {
    const { code, stdout } = run(["spike.json", "--as-of", "2025-02-23"], spikeLog);
    expect(code).toBe(0);
    expect(stdout).toContain("WARNING  Long-run spike  [SPIKE r-2025-02-23]");
    expect(stdout).toContain("Sunday's 16 km is 33% longer than your longest run of the 30 days before it, 12 km.");
    expect(stdout).toContain("Numbers: ratio 1.33, runKm 16, longest30Km 12");
    expect(stdout).toContain("Advice: Lengthen your long run in small steps");
    expect(stdout).toMatch(/2025-02-17 +24 km +2 +16 km +-/);
    expect(stdout.trimEnd().endsWith("see a doctor or physiotherapist.")).toBe(true);
  });

  it("uses the athlete's units and names shoes", () => {
    const log = exampleLog();
    (log.athlete as Record<string, unknown>).units = "mi";
    const { stdout } = run(["log.json", "--as-of", "2025-01-12"], { "log.json": log });
    expect(stdout).toContain("Pegasus 40 has 370.3 mi on it.");
    expect(stdout).toMatch(/2025-01-06 +3\.7 mi +1 +3\.7 mi +3\/10/);
  });

  it("shows only the last 8 weeks", () => {
    const mondays = ["2025-01-06", "2025-01-13", "2025-01-20", "2025-01-27", "2025-02-03", "2025-02-10", "2025-02-17", "2025-02-24", "2025-03-03", "2025-03-10"];
    const files = { "weeks.json": logWithRuns(mondays.map((date): [string, number] => [date, 5])) };
    const { stdout } = run(["weeks.json", "--as-of", "2025-03-10"], files);
    expect(stdout).toContain("Last 8 weeks:");
    expect(stdout).not.toContain("2025-01-13 ");
    expect(stdout).toContain("2025-01-20 ");
    expect(stdout).toContain("2025-03-10 ");
  });

  it("says so when there is nothing to report", () => {
    const { code, stdout } = run(["empty.json"], { "empty.json": { format: "stridewise-log", version: 1 } });
    expect(code).toBe(0);
    expect(stdout).toContain("No alerts");
    expect(stdout).toContain("No runs up to this date");
  });
});

describe("analyse errors: exit 2 with one line on standard error", () => {
  it.each<[string, string[], RegExp]>([
    ["no file", [], /^missing the log file \(usage: npm run analyse -- <file>/],
    ["two files", ["a.json", "b.json"], /^unexpected argument "b\.json": give one log file/],
    ["an unknown flag", ["spike.json", "--verbose"], /^unknown option --verbose \(usage:/],
    ["--as-of without a date", ["spike.json", "--as-of"], /^--as-of needs a date/],
    ["--as-of that is not a date", ["spike.json", "--as-of", "23/02/2025"], /^--as-of must be a calendar date written YYYY-MM-DD, not "23\/02\/2025"/],
    ["--as-of on a day that does not exist", ["spike.json", "--as-of=2025-02-29"], /^--as-of must be a calendar date written YYYY-MM-DD, not "2025-02-29"/],
    ["--as-of given twice", ["spike.json", "--as-of", "2025-02-23", "--as-of", "2025-02-24"], /^--as-of is given twice/],
    ["a missing file", ["missing.json"], /^cannot read missing\.json: no such file$/],
    ["an invalid log", ["bad.json"], /^invalid log bad\.json: runs\[1\]\.distanceKm: must be a number between 0 and 1000$/],
    ["a file that is not JSON", ["broken.json"], /^invalid log broken\.json: invalid JSON: /],
  ])("for %s", (_name, argv, message) => {
    const bad = logWithRuns([["2025-01-06", 5], ["2025-01-07", -3]]);
    const result = run(argv, { ...spikeLog, "bad.json": bad, "broken.json": "{ nope" });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trimEnd()).toMatch(message);
    expect(result.stderr.endsWith("\n")).toBe(true);
    expect(result.stderr.trimEnd()).not.toContain("\n");
  });

  it("treats everything after -- as the file name", () => {
    const result = run(["--json", "--", "--odd-name.json"], { "--odd-name.json": logWithRuns([["2025-02-20", 5]]) });
    expect(result.code).toBe(0);
  });

  it("prints the usage for --help and exits 0", () => {
    expect(run(["--help"])).toEqual({ code: 0, stdout: expect.stringMatching(/^usage: /), stderr: "" });
  });
});

describe("analyse on an activity file", () => {
  it("reads a FIT file by its bytes, through the importer's parser", () => {
    const fit = readFileSync(path.join(__dirname, "../import/fixtures/python-fitparse/garmin-fenix-5-run.fit"));
    const result = run(["run.fit", "--json"], { "run.fit": new Uint8Array(fit) }, "2026-11-25T12:00:00Z");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const weeks = (JSON.parse(result.stdout) as { weeks: { km: number; runs: number }[] }).weeks;
    expect(weeks.reduce((sum, week) => sum + week.runs, 0)).toBe(1);
    expect(weeks.find((week) => week.runs === 1)!.km).toBeCloseTo(0.158, 3);
  });
});
