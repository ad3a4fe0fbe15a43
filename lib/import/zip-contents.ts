// What a zip holds: a Strava bulk export (activities.csv plus activities/*), or a bundle of GPX, TCX and
// FIT files. Entries are unpacked and parsed one at a time as the importer asks for them.

import { parseActivityFile, unitsOf, type ImportUnit } from "./activity-file";
import type { UploadContents } from "./detect";
import { gunzipLimited, isGzip } from "./gzip";
import { checkRowCount } from "./limits";
import { completeFromFile, parseStravaCsv } from "./strava";
import { describeImportFailure, ImportError, type ParsedActivity } from "./types";
import { decodeText } from "./xml";
import type { ZipArchive, ZipEntry } from "./zip";

const ACTIVITY_FILE = /\.(gpx|tcx|fit)(\.gz)?$/i;

function unpack(archive: ZipArchive, entry: ZipEntry): Uint8Array {
  const bytes = archive.read(entry);
  return isGzip(bytes) ? gunzipLimited(bytes, entry.name) : bytes;
}

function isFolderOrJunk(entry: ZipEntry): boolean {
  return entry.name.endsWith("/") || entry.name.startsWith("__MACOSX/") || /(^|\/)\._/.test(entry.name);
}

/** A Strava export, also when it was unpacked and zipped again inside a folder; undefined if it is not one. */
export function readStravaZip(archive: ZipArchive): UploadContents | undefined {
  const csvEntry = archive.entries
    .filter((entry) => /(^|\/)activities\.csv$/i.test(entry.name) && !isFolderOrJunk(entry))
    .sort((a, b) => a.name.length - b.name.length)[0];
  if (!csvEntry) return undefined;
  const folder = csvEntry.name.slice(0, csvEntry.name.length - "activities.csv".length);
  const byName = new Map(archive.entries.map((entry) => [entry.name, entry]));
  const { rows, notes } = parseStravaCsv(decodeText(archive.read(csvEntry)));
  checkRowCount(rows.length);

  return {
    kind: "activities",
    format: "Strava export",
    atomic: false,
    total: rows.length,
    notes,
    units: function* (isKnown): Generator<ImportUnit> {
      for (const row of rows) {
        if (row.kind !== "activity") {
          yield row;
          continue;
        }
        // The CSV has what Strava shows; the activity's file is only read for what the row lacks, and
        // not at all for an activity the account already has.
        let activity = row.activity;
        if (row.missing.length > 0 && row.filename && !isKnown?.(activity)) {
          const entry = byName.get(folder + row.filename);
          let file: ParsedActivity | undefined;
          if (!entry) activity = { ...activity, warnings: [`${row.filename} is not in the zip file`] };
          else {
            try {
              file = parseActivityFile(unpack(archive, entry)).activities[0];
            } catch (error) {
              activity = { ...activity, warnings: [`${row.filename}: ${describeImportFailure(error)}; the CSV's values were used`] };
            }
          }
          activity = completeFromFile(activity, file, row.missing);
        }
        yield { kind: "activity", label: row.label, activity };
      }
    },
  };
}

export function readActivityZip(archive: ZipArchive): UploadContents {
  const files = archive.entries.filter((entry) => ACTIVITY_FILE.test(entry.name) && !isFolderOrJunk(entry));
  if (files.length === 0) throw new ImportError("zip file has no activities.csv and no GPX, TCX or FIT files");
  const ignored = archive.entries.filter((entry) => !isFolderOrJunk(entry)).length - files.length;
  return {
    kind: "activities",
    format: "zip of activity files",
    atomic: false,
    total: files.length,
    notes: ignored > 0 ? [`${ignored} other ${ignored === 1 ? "entry" : "entries"} in the zip file ignored`] : [],
    units: function* (): Generator<ImportUnit> {
      for (const entry of files) {
        try {
          yield* unitsOf(entry.name, parseActivityFile(unpack(archive, entry)).activities);
        } catch (error) {
          yield { kind: "failed", label: entry.name, reason: describeImportFailure(error) };
        }
      }
    },
  };
}
