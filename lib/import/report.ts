// What the runner sees about each uploaded file: counts, the reason for every failure, and warnings.
// Plain data, streamed to the uploader as JSON.

import { MAX_REPORTED_PROBLEMS } from "./limits";

export type FileReport = {
  file: string;
  format?: string;
  /** "failed": nothing from the file was saved (or, for an export, nothing after the error). */
  status: "imported" | "nothing-new" | "failed";
  error?: string;
  imported: number;
  duplicates: number;
  notRuns: number;
  failed: number;
  shoesCreated: string[];
  problems: { item: string; reason: string }[];
  warnings: { item: string; message: string }[];
  notes: string[];
};

export function newReport(file: string): FileReport {
  return { file, status: "nothing-new", imported: 0, duplicates: 0, notRuns: 0, failed: 0, shoesCreated: [], problems: [], warnings: [], notes: [] };
}

export function failReport(report: FileReport, error: string): FileReport {
  return { ...report, status: "failed", error };
}

export function addProblem(report: FileReport, item: string, reason: string): void {
  report.failed++;
  if (report.problems.length < MAX_REPORTED_PROBLEMS) report.problems.push({ item, reason });
}

export function addWarnings(report: FileReport, item: string, messages: readonly string[]): void {
  for (const message of messages) {
    if (report.warnings.length < MAX_REPORTED_PROBLEMS) report.warnings.push({ item, message });
  }
}

/** The status once the counts are in. */
export function settleReport(report: FileReport): FileReport {
  if (report.status === "failed") return report;
  return { ...report, status: report.imported > 0 ? "imported" : "nothing-new" };
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** One line a person reads first: what happened to the file (the Import page, the history, the API). */
export function describeReport(report: FileReport): string {
  if (report.status === "failed") return `Failed, nothing imported: ${report.error}`;
  const parts = [
    report.imported > 0 ? `${plural(report.imported, "run")} imported` : "",
    report.duplicates > 0 ? `${plural(report.duplicates, "duplicate")} skipped` : "",
    report.notRuns > 0 ? `${plural(report.notRuns, "non-run activity", "non-run activities")} skipped` : "",
    report.failed > 0 ? `${plural(report.failed, "activity", "activities")} failed` : "",
  ].filter(Boolean);
  if (parts.length === 0) return "Nothing to import in this file";
  return parts.join(", ").replace(/^./, (first) => first.toUpperCase());
}
