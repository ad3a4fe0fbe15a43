import type { FileReport } from "@/lib/import/report";

export type UploadItem = {
  id: number;
  file: File;
  state: "waiting" | "uploading" | "importing" | "done" | "failed";
  /** 0 to 1 of the upload, then done/total of the activities written. */
  uploaded: number;
  done: number;
  total: number;
  report?: FileReport;
  error?: string;
};

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** One line a person reads first: what happened to this file. */
export function describeOutcome(item: UploadItem): string {
  const report = item.report;
  if (item.state === "waiting") return "Waiting";
  if (item.state === "uploading") return `Uploading, ${Math.round(item.uploaded * 100)}%`;
  if (item.state === "importing") return item.total > 1 ? `Importing, ${item.done} of ${item.total}` : "Importing";
  if (!report) return `Failed: ${item.error ?? "unknown error"}`;
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

/** One file in the list: its outcome, its own progress while it runs, and the details after. */
export function FileStatus({ item }: { item: UploadItem }) {
  const report = item.report;
  const failed = item.state === "failed" || report?.status === "failed";
  const running = item.state === "uploading" || item.state === "importing";
  return (
    <li data-testid="import-file" className={failed ? "notice error" : "notice"}>
      <strong style={{ overflowWrap: "anywhere" }}>{item.file.name}</strong>
      {report?.format ? <span className="muted"> ({report.format})</span> : null}
      <div data-testid="import-file-status">{describeOutcome(item)}</div>
      {running ? (
        <progress
          aria-label={`Progress of ${item.file.name}`}
          max={1}
          value={item.state === "uploading" ? item.uploaded : item.total > 0 ? item.done / item.total : undefined}
          style={{ width: "100%" }}
        />
      ) : null}
      {report && report.shoesCreated.length > 0 ? <div>New shoes: {report.shoesCreated.join(", ")}</div> : null}
      {report && (report.problems.length > 0 || report.warnings.length > 0 || report.notes.length > 0) ? (
        <details>
          <summary>Details</summary>
          <ul>
            {report.notes.map((note) => (
              <li key={`note-${note}`}>{note}</li>
            ))}
            {report.problems.map((problem, i) => (
              <li key={`problem-${i}`}>
                Not imported: {problem.item}: {problem.reason}
              </li>
            ))}
            {report.failed > report.problems.length ? <li>and {report.failed - report.problems.length} more not imported</li> : null}
            {report.warnings.map((warning, i) => (
              <li key={`warning-${i}`}>
                {warning.item}: {warning.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}
