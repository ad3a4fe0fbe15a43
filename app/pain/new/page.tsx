import type { Metadata } from "next";
import Link from "next/link";
import type { PainLocation, PainSide } from "@/lib/analysis/types";
import { formatLongDate } from "@/lib/format-dates";
import { painPlace } from "@/lib/pain-labels";
import { todayFor } from "@/lib/server/data/alerts";
import { listPainDays } from "@/lib/server/data/pain-days";
import { requireUser } from "@/lib/server/session";
import { ConfirmDelete } from "../../_components/confirm-delete";
import { PainDayForm } from "./pain-day-form";
import { removePainDay } from "../actions";

export const metadata: Metadata = { title: "Pain on a rest day" };

const UPDATED = new Map([
  ["1", { text: "Pain entry updated.", raised: false }],
  ["raised", { text: "Pain entry updated. It raised a warning.", raised: true }],
]);

/** "left knee pain of Thu, 26 Nov 2026": names one entry among several of the same day. */
function describe(entry: { localDate: string; location: string; side: string }): string {
  return `${painPlace(entry.location as PainLocation, entry.side as PainSide).toLowerCase()} pain of ${formatLongDate(entry.localDate)}`;
}

export default async function PainDayPage({ searchParams }: { searchParams: Promise<{ updated?: string }> }) {
  const user = await requireUser();
  const recent = await listPainDays(user.id);
  const updated = UPDATED.get((await searchParams).updated ?? "");
  return (
    <>
      <h1>Pain on a rest day</h1>
      <p className="muted">
        Pain that shows up on a day off counts too: a sore knee the morning after is part of the pattern.
      </p>
      {updated ? (
        <p className="notice success" role="status">
          {updated.text}
          {updated.raised ? (
            <>
              {" "}
              <Link href="/alerts">See it, and its advice, in Alerts</Link>
            </>
          ) : null}
        </p>
      ) : null}
      <PainDayForm today={todayFor(user)} />
      {recent.length > 0 ? (
        <section aria-labelledby="recent-pain">
          <h2 id="recent-pain">Recent rest-day pain</h2>
          <ul className="run-list">
            {recent.map((entry) => (
              <li key={entry.id} data-pain-id={entry.id}>
                <div className="run-main">
                  <strong>{formatLongDate(entry.localDate)}</strong>
                  <span>
                    {painPlace(entry.location as PainLocation, entry.side as PainSide)} {entry.score}/10
                  </span>
                  <div className="entry-actions">
                    <Link
                      className="button secondary"
                      href={`/pain/${entry.id}/edit`}
                      aria-label={`Edit the ${describe(entry)}`}
                    >
                      Edit
                    </Link>
                    <ConfirmDelete
                      label="Delete"
                      name={`Delete the ${describe(entry)}`}
                      question={`Delete the ${describe(entry)}? This cannot be undone.`}
                      onDelete={removePainDay.bind(null, entry.id)}
                    />
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
