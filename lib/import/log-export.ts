// The account's log as a stridewise-log document and as a CSV for spreadsheets. Pure: the data layer
// reads the rows, this decides the document. Orders are by content, not by creation time, so that a log
// exported, imported elsewhere and exported again comes out the same (ids and timestamps aside).

import type { RunType } from "../analysis/types";
import { LOG_FORMAT, LOG_VERSION, type StridewiseLog } from "../log-format/schema";
import { painEntryFromRow, type PainRow } from "../pain-row";
import { offsetMinutesAt, zonedTimeToInstant } from "../zoned-time";

export type LogSnapshot = {
  athlete: { timezone: string; weekStartsOn: string; units: string };
  shoes: { id: string; name: string; startMeters: number; retireMeters: number; retired: boolean }[];
  runs: {
    id: string;
    localDate: string;
    startAt: Date | null;
    startTime: string | null;
    distanceM: number;
    durationS: number | null;
    type: string;
    rpe: number | null;
    shoeId: string | null;
    notes: string | null;
    pain: PainRow[];
  }[];
  painDays: (PainRow & { localDate: string })[];
};

/** "2025-01-07T06:30:00+01:00": the instant in the runner's zone, with that zone's offset then. */
export function formatInstantInZone(instant: Date, timeZone: string): string {
  const offsetMinutes = offsetMinutesAt(instant, timeZone);
  const wall = Math.floor(instant.getTime() / 1000) * 1000 + offsetMinutes * 60_000;
  const sign = offsetMinutes < 0 ? "-" : "+";
  const pad = (value: number) => String(Math.floor(value)).padStart(2, "0");
  const offset = `${sign}${pad(Math.abs(offsetMinutes) / 60)}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${new Date(wall).toISOString().slice(0, 19)}${offset}`;
}


const byKey = <T>(key: (item: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

export function toStridewiseLog(snapshot: LogSnapshot): StridewiseLog {
  const timezone = snapshot.athlete.timezone;
  const shoes = snapshot.shoes
    .map((shoe) => ({ id: shoe.id, name: shoe.name, startKm: shoe.startMeters / 1000, retireKm: shoe.retireMeters / 1000, retired: shoe.retired }))
    .sort(byKey((shoe) => JSON.stringify([shoe.name, shoe.startKm, shoe.retireKm, shoe.retired])));
  const shoeNames = new Map(shoes.map((shoe) => [shoe.id, shoe.name]));

  const runs = snapshot.runs.map((row) => {
    const startAt = row.startAt ?? (row.startTime ? zonedTimeToInstant(row.localDate, row.startTime, timezone) : null);
    return {
      id: row.id,
      date: row.localDate,
      ...(startAt ? { start: formatInstantInZone(startAt, timezone) } : {}),
      distanceKm: row.distanceM / 1000,
      ...(row.durationS !== null ? { durationSec: row.durationS } : {}),
      ...(row.rpe !== null ? { rpe: row.rpe } : {}),
      type: row.type as RunType,
      ...(row.shoeId !== null && shoeNames.has(row.shoeId) ? { shoeId: row.shoeId } : {}),
      ...(row.notes !== null ? { notes: row.notes } : {}),
      pain: row.pain.map(painEntryFromRow).sort(byKey((pain) => JSON.stringify(pain))),
    };
  });
  // Everything but the ids decides the order, so two copies of one log sort alike.
  const contentOf = (run: (typeof runs)[number]) =>
    JSON.stringify([run.date, run.start ?? "", run.distanceKm, run.durationSec ?? 0, run.type, run.rpe ?? 0, shoeNames.get(run.shoeId ?? "") ?? "", run.notes ?? "", run.pain]);
  runs.sort(byKey(contentOf));

  const painDays = snapshot.painDays
    .map((row) => ({ date: row.localDate, ...painEntryFromRow(row) }))
    .sort(byKey((day) => JSON.stringify(day)));

  return {
    format: LOG_FORMAT,
    version: LOG_VERSION,
    athlete: {
      timezone,
      weekStartsOn: snapshot.athlete.weekStartsOn === "sunday" ? "sunday" : "monday",
      units: snapshot.athlete.units === "mi" ? "mi" : "km",
    },
    shoes,
    runs,
    painDays,
  };
}
