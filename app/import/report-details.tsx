import type { FileReport } from "@/lib/import/report";

/** A file's new shoes and, folded away, its notes, what was not imported and the warnings. */
export function ReportDetails({ report }: { report: FileReport }) {
  return (
    <>
      {report.shoesCreated.length > 0 ? <div>New shoes: {report.shoesCreated.join(", ")}</div> : null}
      {report.problems.length > 0 || report.warnings.length > 0 || report.notes.length > 0 ? (
        <details>
          <summary>Details</summary>
          <ul>
            {report.notes.map((note) => (
              <li key={`note-${note}`}>{note}</li>
            ))}
            {report.problems.map((problem, i) => (
              <li key={`problem-${i}`}>
                Not imported: {problem.item}: {problem.reason}
              </li>
            ))}
            {report.failed > report.problems.length ? <li>and {report.failed - report.problems.length} more not imported</li> : null}
            {report.warnings.map((warning, i) => (
              <li key={`warning-${i}`}>
                {warning.item}: {warning.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
