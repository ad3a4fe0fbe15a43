import type { Metadata } from "next";
import Link from "next/link";
import { describeReport, plural } from "@/lib/import/report";
import { IMPORT_VIA_LABELS, isImportRunning, listImports, type ImportHistoryEntry } from "@/lib/server/data/import-history";
import { requireUser } from "@/lib/server/session";
import { zoneFormatter } from "@/lib/zone-formatter";
import { ConfirmDelete } from "../../_components/confirm-delete";
import { ReportDetails } from "../report-details";
import { undoImportAction } from "./actions";

export const metadata: Metadata = { title: "Import history" };

const DATE_AND_TIME: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" };

function when(instant: Date, timeZone: string): string {
  return zoneFormatter("en-GB", DATE_AND_TIME, timeZone).format(instant);
}

function outcome(entry: ImportHistoryEntry): string {
  if (isImportRunning(entry)) return "Importing…";
  if (entry.status === "running") return `Stopped: the server stopped during this import (${plural(entry.runsLeft, "run")} saved before it)`;
  return entry.report ? describeReport(entry.report) : "Failed: the import stopped on a server error";
}

export default async function ImportHistoryPage({ searchParams }: { searchParams: Promise<{ undone?: string; missing?: string; failed?: string }> }) {
  const user = await requireUser();
  const params = await searchParams;
  const entries = await listImports(user.id);
  const undone = params.undone !== undefined ? Math.max(0, Math.floor(Number(params.undone) || 0)) : undefined;
  return (
    <>
      <h1>Import history</h1>
      {undone !== undefined ? (
        <p className="notice success" role="status">
          Import undone: {plural(undone, "run")} deleted.
        </p>
      ) : null}
      {params.missing ? (
        <p className="notice error" role="alert">
          That import is not in your history.
        </p>
      ) : null}
      {params.failed ? (
        <p className="notice error" role="alert">
          {params.failed}
        </p>
      ) : null}
      <p>
        Every file imported from the <Link href="/import">Import page</Link>, your watched folder or the API, newest first. Undoing
        an import deletes the runs it added (and the shoes it created that no other run wears); the file itself is not touched.
      </p>
      {entries.length === 0 ? <p className="card">Nothing imported yet.</p> : null}
      <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
        {entries.map((entry) => (
          <li key={entry.id} data-testid="import-history-item" className={entry.status === "failed" ? "notice error" : "notice"}>
            <strong style={{ overflowWrap: "anywhere" }}>{entry.file}</strong>
            {entry.report?.format ? <span className="muted"> ({entry.report.format})</span> : null}
            <div className="muted">
              {IMPORT_VIA_LABELS[entry.via] ?? entry.via}, {when(entry.createdAt, user.timezone)}
            </div>
            <div data-testid="import-history-outcome">{outcome(entry)}</div>
            {entry.report ? <ReportDetails report={entry.report} /> : null}
            {entry.undoneAt ? (
              <div data-testid="import-history-undone">Undone {when(entry.undoneAt, user.timezone)}</div>
            ) : !isImportRunning(entry) && ((entry.report?.imported ?? 0) > 0 || entry.runsLeft > 0) ? (
              <div className="actions">
                <ConfirmDelete
                  label="Undo import"
                  name={`Undo the import of ${entry.file}`}
                  question={`Undo the import of ${entry.file}? This deletes the ${plural(entry.runsLeft, "run")} it added that are still in your log.`}
                  onDelete={undoImportAction.bind(null, entry.id)}
                />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
