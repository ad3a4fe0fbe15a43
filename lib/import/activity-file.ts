// One GPX, TCX or FIT file (already unpacked) to the units the importer writes or reports.

import { looksLikeFit, parseFit } from "./fit";
import { parseGpx } from "./gpx";
import { parseTcx } from "./tcx";
import { ImportError, type ParsedActivity } from "./types";
import { decodeText, rootElementName } from "./xml";

/** One thing to import or report: an activity, a non-run that is skipped, or a failure with its reason. */
export type ImportUnit =
  | { kind: "activity"; label: string; activity: ParsedActivity }
  | { kind: "not-run"; label: string; sport: string }
  | { kind: "failed"; label: string; reason: string };

type ActivityFile = { format: "FIT" | "GPX" | "TCX"; activities: ParsedActivity[] };

export function parseActivityFile(bytes: Uint8Array): ActivityFile {
  if (looksLikeFit(bytes)) return { format: "FIT", activities: parseFit(bytes) };
  return parseActivityXml(decodeText(bytes));
}

/** GPX or TCX already decoded to text. */
export function parseActivityXml(text: string): ActivityFile {
  const root = text.trimStart().startsWith("<") ? rootElementName(text) : undefined;
  if (root === "gpx") return { format: "GPX", activities: parseGpx(text) };
  if (root === "TrainingCenterDatabase") return { format: "TCX", activities: parseTcx(text) };
  throw new ImportError(`not a GPX, TCX or FIT file${root ? ` (an XML file with <${root}>)` : ""}`);
}

export function unitsOf(label: string, activities: readonly ParsedActivity[]): ImportUnit[] {
  return activities.map((activity, i) => {
    const unitLabel = activities.length > 1 ? `${label}, activity ${i + 1}` : label;
    if (activity.runType === null) return { kind: "not-run", label: unitLabel, sport: activity.sport };
    return { kind: "activity", label: unitLabel, activity };
  });
}
