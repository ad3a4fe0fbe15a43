// The log as a CSV for spreadsheets: one row per run. The first nine columns are the simple CSV's, with
// the worst pain of the run in pain/pain_location/pain_side; every pain entry is spelled out in pain_all.
// The JSON export is the lossless one.

import { CSV_COLUMNS } from "../log-format/csv";
import type { LogPain, StridewiseLog } from "../log-format/schema";

export const EXPORT_CSV_COLUMNS = [...CSV_COLUMNS, "start", "type", "pain_all"] as const;

const RED_FLAG_WORDS: [keyof LogPain, string][] = [
  ["restPain", "rest pain"],
  ["nightPain", "night pain"],
  ["swelling", "swelling"],
  ["limping", "limping"],
  ["worseDuringRun", "worse during run"],
  ["boneTenderness", "bone tenderness"],
];

export function formatDurationCell(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
}

/** "left knee 3/10 during (swelling, limping)" */
export function describePain(pain: LogPain): string {
  const flags = RED_FLAG_WORDS.filter(([key]) => pain[key]).map(([, word]) => word);
  const side = pain.side === "none" ? "" : `${pain.side} `;
  return `${side}${pain.location.replace("_", " ")} ${pain.score}/10 ${pain.timing.replace("_", " ")}${flags.length ? ` (${flags.join(", ")})` : ""}`;
}

/**
 * Quotes a field when it needs it (RFC 4180). Free text that starts like a formula gets a leading
 * apostrophe, so a spreadsheet shows it instead of running it (CSV injection).
 */
function cell(value: string | number | undefined, freeText = false): string {
  let text = value === undefined ? "" : String(value);
  if (freeText && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toLogCsv(log: StridewiseLog): string {
  const shoeNames = new Map(log.shoes.map((shoe) => [shoe.id, shoe.name ?? shoe.id]));
  const lines = log.runs.map((run) => {
    const worst = [...run.pain].sort((a, b) => b.score - a.score)[0];
    return [
      cell(run.date),
      cell(run.distanceKm),
      cell(run.durationSec === undefined ? undefined : formatDurationCell(run.durationSec)),
      cell(run.rpe),
      cell(worst?.score),
      cell(worst?.location),
      cell(worst?.side),
      cell(run.shoeId === undefined ? undefined : shoeNames.get(run.shoeId), true),
      cell(run.notes, true),
      cell(run.start),
      cell(run.type),
      cell(run.pain.map(describePain).join("; ")),
    ].join(",");
  });
  return `${[EXPORT_CSV_COLUMNS.join(","), ...lines].join("\r\n")}\r\n`;
}
