import Link from "next/link";
import type { WeekStart } from "@/lib/analysis/types";
import { formatLongDate } from "@/lib/format-dates";
import { dotSize, monthGrid, painLevel, shiftMonth, type CalendarRun } from "@/lib/runs-calendar";
import { formatKm, type Units } from "@/lib/units";
import { runsHref, type RunsFilter } from "@/lib/validation/runs-filter";

const MONTH_NAME = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const WEEKDAY = new Intl.DateTimeFormat("en-GB", { weekday: "short", timeZone: "UTC" });
const PAIN_WORDS = { none: "no pain", low: "light pain", moderate: "moderate pain", high: "high pain" } as const;

/**
 * A month of runs as a table: one row a week, a dot on each day run, its size from the distance and
 * its colour from the highest pain (with the numbers in words in the cell, so colour is never the only
 * cue). Each day with runs links to its first run.
 */
export function MonthCalendar({ month, runs, filter, units, weekStartsOn }: {
  month: string;
  runs: CalendarRun[];
  filter: Pick<RunsFilter, "type" | "q">;
  units: Units;
  weekStartsOn: WeekStart;
}) {
  const weeks = monthGrid(month, weekStartsOn, runs);
  const longest = Math.max(0, ...weeks.flat().map((day) => day.km));
  const name = MONTH_NAME.format(new Date(`${month}-15T12:00:00Z`));
  return (
    <section className="card month-calendar" aria-labelledby="calendar-heading" data-testid="month-calendar">
      <div className="calendar-head">
        <Link href={runsHref({ ...filter, month: shiftMonth(month, -1) })} aria-label="Previous month">
          ←
        </Link>
        <h2 id="calendar-heading">{name}</h2>
        <Link href={runsHref({ ...filter, month: shiftMonth(month, 1) })} aria-label="Next month">
          →
        </Link>
      </div>
      <table className="calendar">
        <caption className="visually-hidden">
          Runs in {name}: a dot per day run, larger for a longer distance, coloured by the highest pain
        </caption>
        <thead>
          <tr>
            {weeks[0]!.map((day) => (
              <th key={day.date} scope="col">
                {WEEKDAY.format(new Date(`${day.date}T12:00:00Z`)).slice(0, 2)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]!.date}>
              {week.map((day) => {
                if (!day.inMonth) return <td key={day.date} className="calendar-outside" />;
                const level = painLevel(day.maxPain);
                const size = dotSize(day.km, longest);
                const words = day.runs.length === 0 ? "" : `${formatKm(day.km, units)}${day.maxPain === null ? "" : `, pain ${day.maxPain}/10`}`;
                const first = day.runs[0];
                return (
                  <td key={day.date} data-date={day.date} className={first ? "calendar-run" : undefined}>
                    <span className="calendar-day" aria-hidden={first ? "true" : undefined}>
                      {day.day}
                    </span>
                    {first ? (
                      <Link href={`/runs/${first.id}/edit`} className="calendar-link" aria-label={`${formatLongDate(day.date)}: ${words}`}>
                        <span className={`calendar-dot pain-${level}`} style={{ width: size, height: size }} title={`${words} (${PAIN_WORDS[level]})`} />
                      </Link>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="calendar-key muted">
        Dot size: distance. Colour: <span className="calendar-dot pain-none key-dot" /> no pain,{" "}
        <span className="calendar-dot pain-low key-dot" /> 1–3, <span className="calendar-dot pain-moderate key-dot" /> 4–5,{" "}
        <span className="calendar-dot pain-high key-dot" /> 6 or more.
      </p>
    </section>
  );
}
