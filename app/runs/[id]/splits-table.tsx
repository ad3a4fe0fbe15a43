import { TableWrap } from "@/app/_components/table-wrap";
import type { Split } from "@/lib/track/analysis";
import { formatDistance, formatDuration, paceSecondsPerUnit, unitLabel, type Units } from "@/lib/units";

/** "5:17", the unit being in the column's header. */
function paceOf(split: Split, units: Units): string {
  const pace = paceSecondsPerUnit(split.distanceM, split.movingSec, units);
  return pace === null ? "–" : formatDuration(pace);
}

/**
 * Per-km (or per-mile) splits: pace over the moving time, metres up and down, mean heart rate. The
 * units sit in the headers, so the table fits a 375 px phone without scrolling.
 */
export function SplitsTable({ splits, units }: { splits: Split[]; units: Units }) {
  const hasHr = splits.some((split) => split.avgHr !== null);
  return (
    <section className="card" aria-labelledby="splits-heading">
      <h2 id="splits-heading">Splits</h2>
      <TableWrap label="Splits">
        <table data-testid="splits">
          <thead>
            <tr>
              <th scope="col">{unitLabel(units)}</th>
              <th scope="col">Time</th>
              <th scope="col">Pace <span className="unit">/{unitLabel(units)}</span></th>
              <th scope="col">Up <span className="unit">m</span></th>
              <th scope="col">Down <span className="unit">m</span></th>
              {hasHr ? <th scope="col">HR <span className="unit">bpm</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {splits.map((split) => (
              <tr key={split.index} data-testid="split">
                <th scope="row">{split.index}{split.index === splits.length && splits.length > 1 ? ` (${formatDistance(split.distanceM, units, 2)})` : ""}</th>
                <td>{formatDuration(split.movingSec)}</td>
                <td>{paceOf(split, units)}</td>
                <td>{Math.round(split.ascentM)}</td>
                <td>{Math.round(split.descentM)}</td>
                {hasHr ? <td>{split.avgHr ?? "–"}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
