import { describeReport, plural, type FileReport } from "@/lib/import/report";
import { ReportDetails } from "./report-details";

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

export { plural };

/** One line a person reads first: what happened to this file. */
export function describeOutcome(item: UploadItem): string {
  const report = item.report;
  if (item.state === "waiting") return "Waiting";
  if (item.state === "uploading") return `Uploading, ${Math.round(item.uploaded * 100)}%`;
  if (item.state === "importing") return item.total > 1 ? `Importing, ${item.done} of ${item.total}` : "Importing";
  if (!report) return `Failed: ${item.error ?? "unknown error"}`;
  return describeReport(report);
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
      {report ? <ReportDetails report={report} /> : null}
    </li>
  );
}
