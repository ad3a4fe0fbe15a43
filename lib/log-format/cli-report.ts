// What the analyse command prints: one JSON document (--json) or a report for people.

import { DISCLAIMER, describeAlert, formatDistance, getAdvice } from "../advice";
import type { AnalysisResult, WeekSummary } from "../analysis";
import type { StridewiseLog } from "./schema";

const REPORT_WEEKS = 8;

/** The JSON contract of `analyse --json` (LOG-FORMAT.md): only these fields, so it can stay stable. */
export function formatJsonReport(result: AnalysisResult): string {
  const document = {
    asOf: result.asOf,
    alerts: result.alerts.map(({ rule, severity, key, data, advice }) => ({ rule, severity, key, data, advice })),
    weeks: result.weeks.map(({ start, km, runs, maxPain, longestKm }) => ({ start, km, runs, maxPain, longestKm })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function formatTextReport(result: AnalysisResult, log: StridewiseLog): string {
  const units = log.athlete.units;
  const shoeNames = new Map(log.shoes.map((shoe) => [shoe.id, shoe.name ?? shoe.id]));
  const lines: string[] = [
    `Stridewise analysis as of ${result.asOf} (time zone ${log.athlete.timezone}, ${log.runs.length} ${log.runs.length === 1 ? "run" : "runs"} in the log)`,
    "",
  ];

  if (result.alerts.length === 0) {
    lines.push("No alerts: nothing in this log crosses one of the rules.");
  } else {
    lines.push(`${result.alerts.length} ${result.alerts.length === 1 ? "alert" : "alerts"}:`);
    for (const alert of result.alerts) {
      const wording = describeAlert(alert, { units, shoeLabel: (id) => shoeNames.get(id) ?? id });
      const numbers = Object.entries(alert.data ?? {}).map(([name, value]) => `${name} ${value}`);
      const advice = getAdvice(alert.advice).map((entry) => entry.title);
      lines.push(
        "",
        `${alert.severity.toUpperCase()}  ${wording.title}  [${alert.rule} ${alert.key}]`,
        `  ${wording.explanation}`,
      );
      if (numbers.length > 0) lines.push(`  Numbers: ${numbers.join(", ")}`);
      if (advice.length > 0) lines.push(`  Advice: ${advice.join("; ")}`);
    }
  }

  lines.push("", ...formatWeeksTable(result.weeks.slice(-REPORT_WEEKS), units), "", DISCLAIMER);
  return `${lines.join("\n")}\n`;
}

function formatWeeksTable(weeks: readonly WeekSummary[], units: "km" | "mi"): string[] {
  if (weeks.length === 0) return ["No runs up to this date, so there are no weeks to show."];
  const header = ["Week of", "Distance", "Runs", "Longest", "Max pain"];
  const rows = weeks.map((week) => [
    week.start,
    formatDistance(week.km, units),
    String(week.runs),
    formatDistance(week.longestKm, units),
    week.maxPain > 0 ? `${week.maxPain}/10` : "-",
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  // The date column reads left-aligned; the numbers line up on the right.
  const formatRow = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join("  ");
  return [`Last ${weeks.length} ${weeks.length === 1 ? "week" : "weeks"}:`, formatRow(header), ...rows.map(formatRow)];
}
