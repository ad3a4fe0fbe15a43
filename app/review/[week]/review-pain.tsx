import { formatLocationKey } from "@/lib/advice";
import type { WeekSummary } from "@/lib/analysis/types";
import { formatShortDate } from "@/lib/format-dates";
import { capitalise } from "../../_components/charts/series";
import { TableWrap } from "../../_components/table-wrap";

function trendWord(thisWeek: number | undefined, lastWeek: number | undefined): string {
  if (thisWeek === undefined) return "none this week";
  if (lastWeek === undefined) return "new this week";
  if (thisWeek > lastWeek) return "rising";
  if (thisWeek < lastWeek) return "easing";
  return "steady";
}

/** The week's highest score at a place, and beside it the highest next-morning score. */
function PainCell({ run, morning }: { run: number | undefined; morning: number | undefined }) {
  if (run === undefined && morning === undefined) return <>–</>;
  return (
    <>
      {run === undefined ? "–" : `${run}/10`}
      {morning === undefined ? null : <span className="morning-score">morning {morning}/10</span>}
    </>
  );
}

/** Highest pain per location this week and in the three weeks before, with the direction it is going. */
export function ReviewPain({ weeks }: { weeks: WeekSummary[] }) {
  const keys = [...new Set(weeks.flatMap((week) => Object.keys(week.maxPainByLocation)))].sort();
  if (keys.length === 0) return <p>No pain recorded this week or in the three weeks before.</p>;
  const thisWeek = weeks.at(-1)!;
  const lastWeek = weeks.at(-2);
  return (
    <TableWrap label="Pain by place, week by week">
      <table>
        <caption className="visually-hidden">
          Highest pain by location, week by week: during or after runs, and the next morning
        </caption>
        <thead>
          <tr>
            <th scope="col">Where</th>
            {weeks.map((week, i) => (
              <th key={week.start} scope="col" className="num">
                {i === weeks.length - 1 ? "This week" : `Week of ${formatShortDate(week.start)}`}
              </th>
            ))}
            <th scope="col">Trend</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key}>
              <th scope="row">{capitalise(formatLocationKey(key))}</th>
              {weeks.map((week) => (
                <td key={week.start} className="num">
                  <PainCell run={week.runPainByLocation[key]} morning={week.morningPainByLocation[key]} />
                </td>
              ))}
              <td>{trendWord(thisWeek.maxPainByLocation[key], lastWeek?.maxPainByLocation[key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
