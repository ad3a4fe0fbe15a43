import { TableWrap } from "@/app/_components/table-wrap";
import type { Split } from "@/lib/track/analysis";
import { formatDistance, formatDuration, formatPace, unitLabel, type Units } from "@/lib/units";

/** Per-km (or per-mile) splits: pace over the moving time, metres up and down, mean heart rate. */
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
              <th scope="col">Pace</th>
              <th scope="col">Up</th>
              <th scope="col">Down</th>
              {hasHr ? <th scope="col">Heart rate</th> : null}
            </tr>
          </thead>
          <tbody>
            {splits.map((split) => (
              <tr key={split.index} data-testid="split">
                <th scope="row">{split.index}{split.index === splits.length && splits.length > 1 ? ` (${formatDistance(split.distanceM, units, 2)})` : ""}</th>
                <td>{formatDuration(split.movingSec)}</td>
                <td>{formatPace(split.distanceM, split.movingSec, units) ?? "–"}</td>
                <td>{Math.round(split.ascentM)} m</td>
                <td>{Math.round(split.descentM)} m</td>
                {hasHr ? <td>{split.avgHr ?? "–"}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
