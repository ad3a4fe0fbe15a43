import Link from "next/link";

/** Downloads of the whole log (issue 5). Plain links: the route handlers send attachments. */
export function ExportSection() {
  return (
    <section aria-labelledby="export" className="card">
      <h2 id="export" style={{ marginTop: 0 }}>
        Export your log
      </h2>
      <p>
        Everything you have logged: runs, pain, rest-day pain, shoes and your settings. The JSON file can be imported
        into another Stridewise account without losing anything; the CSV has one row per run for a spreadsheet.
      </p>
      <ExportLinks />
      <p className="hint">
        To bring runs in from a watch or Strava, use <Link href="/import">Import</Link>.
      </p>
    </section>
  );
}

/** The two downloads, also offered before deleting an account (issue 19). */
export function ExportLinks() {
  return (
    <div className="actions">
      {/* Plain anchors, not next/link: these are file downloads, not pages to prefetch. */}
      <a className="button" href="/settings/export/json" download>
        Download JSON
      </a>
      <a className="button secondary" href="/settings/export/csv" download>
        Download CSV
      </a>
    </div>
  );
}
