import type { Metadata } from "next";
import Link from "next/link";
import { weekStartOf } from "@/lib/analysis/dates";
import { painPlace, RUN_TYPE_LABEL } from "@/lib/pain-labels";
import type { PainLocation, PainSide, RunType } from "@/lib/analysis/types";
import { getAnalysis } from "@/lib/server/data/analysis";
import { todayFor } from "@/lib/server/data/alerts";
import { listRuns, runsOfMonth } from "@/lib/server/data/runs";
import { requireUser } from "@/lib/server/session";
import { formatDistance, formatDuration, formatKm, formatPace, type Units } from "@/lib/units";
import { formatLongDate, formatWeekRange } from "@/lib/format-dates";
import { parseRunsFilter, runsHref } from "@/lib/validation/runs-filter";
import { OutboxList } from "./outbox-list";
import { MonthCalendar } from "./month-calendar";
import { RunFilters } from "./run-filters";

export const metadata: Metadata = { title: "Runs" };

export default async function RunsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const params = await searchParams;
  // Filters come from the address, checked on the server: /runs?type=long&month=2026-11&q=hills.
  const filter = parseRunsFilter(params);
  const { page } = filter;
  const filtered = filter.type !== undefined || filter.month !== undefined || filter.q !== undefined;
  const month = filter.month ?? todayFor(user).slice(0, 7);
  const [{ runs, total, pages, totalMeters, totalSeconds, timedRuns }, analysis, monthRuns] = await Promise.all([
    listRuns(user.id, page, filter),
    getAnalysis(user),
    runsOfMonth(user.id, month, filter),
  ]);
  const units = user.units as Units;
  const weekStartsOn = user.weekStartsOn as "monday" | "sunday";
  const weekByStart = new Map(analysis.weeks.map((week) => [week.start, week]));

  const groups: { start: string; runs: typeof runs }[] = [];
  for (const run of runs) {
    const start = weekStartOf(run.localDate, weekStartsOn);
    const last = groups.at(-1);
    if (last?.start === start) last.runs.push(run);
    else groups.push({ start, runs: [run] });
  }

  return (
    <>
      <h1>Runs</h1>
      {params.deleted ? (
        <p className="notice success" role="status">
          Run deleted.
        </p>
      ) : null}
      <div className="actions" style={{ marginTop: 0 }}>
        <Link className="button" href="/runs/new">
          Log a run
        </Link>
        <Link className="button secondary" href="/pain/new">
          Log pain on a rest day
        </Link>
      </div>
      <OutboxList />
      <RunFilters filter={filter} />
      {filter.dropped.length > 0 ? (
        <p className="notice error" role="status">
          Left out of the filter, as it was not valid: {filter.dropped.join(", ")}.
        </p>
      ) : null}
      <MonthCalendar month={month} runs={monthRuns} filter={filter} units={units} weekStartsOn={weekStartsOn} />
      <p className="run-totals" data-testid="run-totals">
        {filtered ? "Matching: " : "All runs: "}
        {total} {total === 1 ? "run" : "runs"} · {formatDistance(totalMeters, units)}
        {totalSeconds > 0 ? ` · ${formatDuration(totalSeconds)}` : ""}
        {totalSeconds > 0 && timedRuns < total ? ` for the ${timedRuns === 1 ? "one run" : `${timedRuns} runs`} with a time` : ""}
      </p>
      {total === 0 ? (
        <p className="card">
          {filtered ? "No runs match this filter." : "No runs yet. Log your first run and Stridewise starts looking out for you."}
        </p>
      ) : null}
      {groups.map((group) => {
        const week = weekByStart.get(group.start);
        return (
          <section key={group.start} aria-labelledby={`week-${group.start}`}>
            <h2 className="week-heading" id={`week-${group.start}`}>
              <span>Week of {formatWeekRange(group.start)}</span>
              {week && !filtered ? (
                <span>
                  {formatKm(week.km, units)} · {week.runs} {week.runs === 1 ? "run" : "runs"}
                </span>
              ) : null}
            </h2>
            <ul className="run-list">
              {group.runs.map((run) => {
                const pace = run.durationS ? formatPace(run.distanceM, run.durationS, units) : null;
                return (
                  <li key={run.id} data-testid="run-item">
                    <div className="run-main">
                      <strong>
                        <Link href={`/runs/${run.id}`}>{formatLongDate(run.localDate)}</Link>
                      </strong>
                      <span>{formatDistance(run.distanceM, units, 2)}</span>
                      {run.durationS ? <span>{formatDuration(run.durationS)}</span> : null}
                      {pace ? <span data-testid="run-pace">{pace}</span> : null}
                      <span className="muted">{RUN_TYPE_LABEL[run.type as RunType] ?? run.type}</span>
                      {run.shoe ? <span className="muted">{run.shoe.name}</span> : null}
                    </div>
                    {run.pain.length > 0 ? (
                      <div>
                        Pain:{" "}
                        {run.pain
                          .map((p) => `${painPlace(p.location as PainLocation, p.side as PainSide)} ${p.score}/10`)
                          .join(", ")}
                      </div>
                    ) : null}
                    {run.notes ? <p className="muted" style={{ margin: "0.25rem 0 0", whiteSpace: "pre-wrap" }}>{run.notes}</p> : null}
                    <Link href={`/runs/${run.id}/edit`} aria-label={`Edit the run of ${formatLongDate(run.localDate)}`}>
                      Edit
                    </Link>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {pages > 1 ? (
        <nav className="pager" aria-label="Pages">
          {page > 1 ? <Link href={runsHref(filter, page - 1)}>Newer runs</Link> : <span />}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <Link href={runsHref(filter, page + 1)}>Older runs</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
