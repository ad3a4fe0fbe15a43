// Sends one file to POST /import/file, in parts of UPLOAD_PART_BYTES, and follows the NDJSON answer to the
// last part. XMLHttpRequest rather than fetch: it reports upload progress as well as the streamed lines.

import { IMPORT_HEADER, type FinishedImport, type ImportEvent } from "@/lib/import/events";
import { UPLOAD_PART_BYTES } from "@/lib/import/limits";
import type { FileReport } from "@/lib/import/report";

export type UploadCallbacks = {
  /** Share of the file sent, 0 to 1. */
  onUpload: (share: number) => void;
  /** Activities written so far out of the file's total. */
  onProgress: (done: number, total: number) => void;
};

/**
 * Uploads the file (in parts when it is larger than one) and resolves with its report. The last part's
 * answer is the NDJSON stream of the import.
 */
export async function uploadFile(file: File, callbacks: UploadCallbacks): Promise<FileReport> {
  const parts = Math.max(1, Math.ceil(file.size / UPLOAD_PART_BYTES));
  // Only has to be unique among this runner's uploads; crypto.randomUUID needs https, which a LAN install may lack.
  const upload = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
  for (let part = 0; part < parts - 1; part++) {
    const blob = file.slice(part * UPLOAD_PART_BYTES, (part + 1) * UPLOAD_PART_BYTES);
    await send(urlFor(file, upload, part, parts), blob, (share) => callbacks.onUpload((part + share) / parts));
  }
  const last = file.slice((parts - 1) * UPLOAD_PART_BYTES);
  const report = await send(urlFor(file, upload, parts - 1, parts), last, (share) => callbacks.onUpload((parts - 1 + share) / parts), callbacks.onProgress);
  if (!report) throw new Error("The server stopped before reporting on this file.");
  return report;
}

function urlFor(file: File, upload: string, part: number, parts: number): string {
  const query = new URLSearchParams({ name: file.name });
  if (parts > 1) {
    query.set("upload", upload);
    query.set("part", String(part));
    query.set("parts", String(parts));
  }
  return `/import/file?${query}`;
}

/** One request; with `onProgress` it is the last part and its NDJSON answer is followed to the report. */
function send(url: string, body: Blob, onUpload: (share: number) => void, onProgress?: UploadCallbacks["onProgress"]): Promise<FileReport | undefined> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    let read = 0;
    let report: FileReport | undefined;
    let failure: string | undefined;

    const readLines = () => {
      const text = request.responseText;
      let end = text.indexOf("\n", read);
      while (end !== -1) {
        const line = text.slice(read, end).trim();
        read = end + 1;
        end = text.indexOf("\n", read);
        if (!line) continue;
        const event = JSON.parse(line) as ImportEvent;
        if (event.type === "progress") onProgress?.(event.done, event.total);
        else if (event.type === "report") report = event.report;
        else failure = event.message;
      }
    };

    request.open("POST", url);
    request.setRequestHeader(IMPORT_HEADER, "1");
    request.setRequestHeader("content-type", "application/octet-stream");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onUpload(event.loaded / event.total);
    };
    request.onprogress = () => {
      if (request.status === 200 && onProgress) readLines();
    };
    request.onload = () => {
      if (request.status === 202 && !onProgress) return resolve(undefined);
      if (request.status !== 200) return reject(new Error(errorOf(request.responseText) ?? `The server answered ${request.status}.`));
      readLines();
      if (report) resolve(report);
      else reject(new Error(failure ?? "The server stopped before reporting on this file."));
    };
    request.onerror = () => reject(new Error("The connection to the server failed."));
    request.send(body);
  });
}

function errorOf(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { error?: unknown };
    return typeof body.error === "string" ? body.error : undefined;
  } catch {
    return undefined;
  }
}

export async function finishImport(): Promise<FinishedImport> {
  const response = await fetch("/import/finish", { method: "POST", headers: { [IMPORT_HEADER]: "1" } });
  if (!response.ok) throw new Error(errorOf(await response.text()) ?? `The server answered ${response.status}.`);
  return (await response.json()) as FinishedImport;
}
