import Link from "next/link";
import { formatShortDate } from "@/lib/format-dates";
import { RUN_TYPE_LABEL } from "@/lib/pain-labels";
import type { RunType } from "@/lib/analysis/types";
import { formatDistance, formatDuration, type Units } from "@/lib/units";

export type RecentRun = {
  id: string;
  localDate: string;
  distanceM: number;
  durationS: number | null;
  type: string;
  pain: { score: number }[];
};

/** The last few runs, one line each, each opening its run's page (Edit is beside it there). */
export function RecentRuns({ runs, units }: { runs: RecentRun[]; units: Units }) {
  if (runs.length === 0) return null;
  return (
    <section aria-labelledby="recent-runs">
      <div className="trends-head">
        <h2 id="recent-runs">Recent runs</h2>
        <Link href="/runs">All runs</Link>
      </div>
      <ul className="recent-runs card" data-testid="recent-runs">
        {runs.map((run) => {
          const pain = Math.max(0, ...run.pain.map((entry) => entry.score));
          return (
            <li key={run.id}>
              <Link href={`/runs/${run.id}`}>
                <span className="recent-date">{formatShortDate(run.localDate)}</span>
                <strong>{formatDistance(run.distanceM, units, 1)}</strong>
                <span className="muted">{RUN_TYPE_LABEL[run.type as RunType] ?? run.type}</span>
                {run.durationS ? <span className="muted recent-time">{formatDuration(run.durationS)}</span> : null}
                {pain > 0 ? <span className="pain-tag">Pain {pain}/10</span> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
