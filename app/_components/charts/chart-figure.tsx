import type { ReactNode } from "react";
import { TableWrap } from "../table-wrap";

export type TableColumn = { header: string; numeric?: boolean };

/**
 * A chart as a figure: a caption, one line saying what it shows, the chart itself, and behind "Show as
 * table" the details in words and the same numbers as a table, for screen readers, keyboards and
 * anyone who prefers to read them.
 */
export function ChartFigure({
  id,
  title,
  summary,
  details,
  columns,
  rows,
  children,
}: {
  id: string;
  title: string;
  summary: ReactNode;
  /** What the one-line summary leaves out: shown with the table. */
  details?: ReactNode;
  columns: TableColumn[];
  rows: { key: string; cells: ReactNode[] }[];
  children: ReactNode;
}) {
  return (
    <figure className="card chart-figure" aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
      <figcaption>
        <h3 id={`${id}-title`} className="chart-title">
          {title}
        </h3>
        <div className="chart-summary">{summary}</div>
      </figcaption>
      <div className="chart-box">{children}</div>
      <details className="chart-table">
        <summary>Show as table</summary>
        {details ? <div className="chart-details">{details}</div> : null}
        <TableWrap label={title}>
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.header} scope="col" className={column.numeric ? "num" : undefined}>
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  {row.cells.map((cell, i) => (
                    <td key={columns[i]?.header ?? i} className={columns[i]?.numeric ? "num" : undefined}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </details>
    </figure>
  );
}
