"use client";

import Link from "next/link";
import { useId, useRef, useState, type DragEvent } from "react";
import type { FinishedImport } from "@/lib/import/events";
import { formatMegabytes, MAX_FILE_BYTES, MAX_ZIP_BYTES } from "@/lib/import/limits";
import { FileStatus, plural, type UploadItem } from "./file-status";
import { finishImport, uploadFile } from "./upload-file";

const ACCEPT = ".gpx,.tcx,.fit,.gz,.zip,.csv,.json";

/** How far one file is, 0 to 1: sending is the first half, writing its activities the second. */
function shareDone(item: UploadItem): number {
  if (item.state === "done" || item.state === "failed") return 1;
  if (item.state === "uploading") return item.uploaded / 2;
  if (item.state === "importing") return 0.5 + (item.total > 0 ? item.done / item.total / 2 : 0);
  return 0;
}

/** The size limit a file can be refused for before it is sent (the server checks again on the contents). */
function tooLarge(file: File): string | undefined {
  const limit = /\.zip$/i.test(file.name) ? MAX_ZIP_BYTES : MAX_FILE_BYTES;
  return file.size > limit ? `the file is ${formatMegabytes(file.size)}; the limit is ${formatMegabytes(limit)}` : undefined;
}

export function Uploader() {
  const inputId = useId();
  const nextId = useRef(1);
  const [items, setItems] = useState<UploadItem[]>([]);
  const [phase, setPhase] = useState<"choosing" | "importing" | "finishing" | "finished">("choosing");
  const [dragging, setDragging] = useState(false);
  const [finished, setFinished] = useState<FinishedImport | null>(null);
  const [finishError, setFinishError] = useState<string | null>(null);

  const update = (id: number, change: Partial<UploadItem>) =>
    setItems((current) => current.map((item) => (item.id === id ? { ...item, ...change } : item)));

  function addFiles(files: FileList | null) {
    if (!files || files.length === 0 || phase === "importing" || phase === "finishing") return;
    const added = [...files].map((file): UploadItem => ({ id: nextId.current++, file, state: "waiting", uploaded: 0, done: 0, total: 0 }));
    // A new choice after a finished import starts a new list.
    setItems((current) => (phase === "finished" ? added : [...current, ...added]));
    setPhase("choosing");
    setFinished(null);
    setFinishError(null);
  }

  async function runImport() {
    setPhase("importing");
    let imported = 0;
    // One file at a time: each is its own request and transaction, and duplicates across files are caught.
    for (const item of items) {
      const refused = tooLarge(item.file);
      if (refused) {
        update(item.id, { state: "failed", error: refused });
        continue;
      }
      update(item.id, { state: "uploading" });
      try {
        const report = await uploadFile(item.file, {
          onUpload: (share) => update(item.id, share >= 1 ? { state: "importing", uploaded: 1 } : { uploaded: share }),
          onProgress: (done, total) => update(item.id, { state: "importing", done, total }),
        });
        imported += report.imported;
        update(item.id, { state: report.status === "failed" ? "failed" : "done", report });
      } catch (error) {
        update(item.id, { state: "failed", error: error instanceof Error ? error.message : String(error) });
      }
    }
    setPhase("finishing");
    try {
      // The analyser runs once, for everything imported, not once per file.
      setFinished(imported > 0 ? await finishImport() : { newAlerts: [] });
    } catch (error) {
      setFinishError(error instanceof Error ? error.message : String(error));
    }
    setPhase("finished");
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    addFiles(event.dataTransfer.files);
  }

  const busy = phase === "importing" || phase === "finishing";
  const done = items.filter((item) => item.state === "done" || item.state === "failed").length;
  const progress = items.reduce((sum, item) => sum + shareDone(item), 0);
  const reports = items.flatMap((item) => (item.report ? [item.report] : []));
  const total = (key: "imported" | "duplicates" | "notRuns" | "failed") => reports.reduce((sum, report) => sum + report[key], 0);
  const failedFiles = items.filter((item) => item.state === "failed").length;
  const status =
    phase === "importing"
      ? `Importing: ${done} of ${items.length} files done.`
      : phase === "finishing"
        ? "Checking your training for alerts…"
        : phase === "finished"
          ? `Import finished: ${plural(total("imported"), "run")} imported, ${plural(total("duplicates"), "duplicate")} skipped, ${plural(total("notRuns"), "non-run")} skipped, ${plural(failedFiles, "file")} failed.`
          : "";

  return (
    <section aria-labelledby="upload-heading">
      <h2 id="upload-heading">Files</h2>
      <div
        className="card"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
        style={{ borderStyle: "dashed", borderWidth: 2, borderColor: dragging ? "var(--accent)" : undefined }}
      >
        <label htmlFor={inputId}>Choose files, or drop them here</label>
        <input id={inputId} type="file" multiple accept={ACCEPT} disabled={busy} onChange={(event) => addFiles(event.target.files)} />
        <p className="hint">
          Up to {formatMegabytes(MAX_FILE_BYTES)} a file, {formatMegabytes(MAX_ZIP_BYTES)} for a zip.
        </p>
        <div className="actions">
          <button type="button" onClick={runImport} disabled={busy || phase === "finished" || items.length === 0}>
            {items.length > 1 ? `Import ${items.length} files` : "Import"}
          </button>
        </div>
      </div>

      {items.length > 0 ? (
        <>
          <progress aria-label="Import progress" max={items.length} value={progress} style={{ width: "100%" }} />
          <p role="status" aria-live="polite" data-testid="import-status">
            {status}
          </p>
          <ul aria-label="Files to import" aria-live="polite" style={{ listStyle: "none", padding: 0 }}>
            {items.map((item) => (
              <FileStatus key={item.id} item={item} />
            ))}
          </ul>
        </>
      ) : null}

      {phase === "finished" ? <ImportSummary finished={finished} error={finishError} /> : null}
    </section>
  );
}

function ImportSummary({ finished, error }: { finished: FinishedImport | null; error: string | null }) {
  return (
    <section aria-labelledby="import-summary" className="card">
      <h2 id="import-summary">What changed</h2>
      {error ? <p className="field-error">The alerts could not be updated ({error}); they will be on your next visit.</p> : null}
      {finished && finished.newAlerts.length > 0 ? (
        <>
          <p>
            The imported runs raised or made worse{" "}
            {finished.newAlerts.length === 1 ? "an alert" : `${finished.newAlerts.length} alerts`}, whatever week they fall in:
          </p>
          <ul>
            {finished.newAlerts.map((alert) => (
              <li key={`${alert.rule}-${alert.key}`} data-testid="import-alert">
                <strong>{alert.title}</strong>: {alert.explanation}
              </li>
            ))}
          </ul>
        </>
      ) : finished ? (
        <p>The imported runs raised no alerts.</p>
      ) : null}
      <div className="actions">
        <Link className="button" href="/runs">
          See your runs
        </Link>
        <Link className="button secondary" href="/alerts">
          {finished && finished.newAlerts.length > 0 ? "See the advice in Alerts" : "See all alerts"}
        </Link>
      </div>
    </section>
  );
}
