import "server-only";
import { toGpx, toTcx } from "../../track/gpx-export";
import { trimToPrivacyZone } from "../../track/privacy";
import { db } from "../db";
import { getOriginalFile, getRunTrack, privacyZoneOf } from "./run-tracks";

export type RunFileFormat = "gpx" | "tcx" | "original";
export const RUN_FILE_FORMATS: readonly RunFileFormat[] = ["gpx", "tcx", "original"];

export type RunFile = { filename: string; type: string; body: Uint8Array | string };

const safeName = (name: string) => name.replace(/[^\w.-]+/g, "_").slice(0, 100) || "activity";

/**
 * One of the runner's runs as a file (issue 21): GPX or TCX made from its samples, the start and end in
 * the privacy zone left out unless `raw`, or the file it was imported from. Null for a run that is not
 * theirs or has no such file (a run logged by hand).
 */
export async function runFile(
  userId: string,
  runId: string,
  format: RunFileFormat,
  raw = false,
): Promise<RunFile | null> {
  if (format === "original") {
    const file = await getOriginalFile(userId, runId);
    return file ? { filename: safeName(file.name), type: "application/octet-stream", body: file.bytes } : null;
  }
  const [run, track, user] = await Promise.all([
    db.run.findFirst({ where: { id: runId, userId }, select: { localDate: true, type: true, startAt: true } }),
    getRunTrack(userId, runId),
    db.user.findUnique({ where: { id: userId }, select: { privacyLat: true, privacyLon: true, privacyRadiusM: true } }),
  ]);
  if (!run || !track || !user) return null;
  const samples = raw ? track.samples : trimToPrivacyZone(track.samples, privacyZoneOf(user));
  const exported = { name: `Run ${run.localDate}`, type: run.type, startAt: run.startAt, samples };
  return format === "gpx"
    ? { filename: `run-${run.localDate}.gpx`, type: "application/gpx+xml", body: toGpx(exported) }
    : { filename: `run-${run.localDate}.tcx`, type: "application/vnd.garmin.tcx+xml", body: toTcx(exported) };
}

export function runFileResponse(file: RunFile): Response {
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: {
      "content-type": file.type,
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "no-store",
    },
  });
}
