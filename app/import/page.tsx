import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/server/session";
import { Uploader } from "./uploader";

export const metadata: Metadata = { title: "Import runs" };

export default async function ImportPage() {
  await requireUser();
  return (
    <>
      <h1>Import runs</h1>
      <div className="card stack">
        <p>Bring in runs recorded by a watch or an app, or a log exported from Stridewise. Stridewise reads:</p>
        <ul>
          <li>GPX, TCX and FIT files from a watch, also gzipped (.gpx.gz, .tcx.gz, .fit.gz)</li>
          <li>
            a Strava bulk export: the whole .zip, or its activities.csv (only runs are imported, with the shoe named
            in Activity Gear)
          </li>
          <li>a Stridewise JSON export (stridewise-log) or the simple CSV</li>
        </ul>
        <p className="muted">
          Runs you already have (the same start within a minute and the same distance) are skipped, so importing a
          file twice changes nothing. A file that cannot be read imports nothing; the other files still import.
        </p>
      </div>
      <Uploader />
      <p>
        <Link href="/import/history">Import history</Link> (undo an import there) · <Link href="/settings#export">Export your log</Link>
      </p>
    </>
  );
}
