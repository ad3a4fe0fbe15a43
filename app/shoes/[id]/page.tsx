import type { Metadata } from "next";
import Link from "next/link";
import type { RunType } from "@/lib/analysis/types";
import { formatLongDate } from "@/lib/format-dates";
import { RUN_TYPE_LABEL } from "@/lib/pain-labels";
import { listShoes, runsInShoe } from "@/lib/server/data/shoes";
import { orNotFound, requireUser } from "@/lib/server/session";
import { distanceFieldValue, formatDistance, type Units } from "@/lib/units";
import { retireShoe } from "../actions";
import { EditShoeForm } from "../edit-shoe-form";
import { WearBar } from "../wear-bar";

export const metadata: Metadata = { title: "Shoe" };

/** The latest runs listed on a shoe's page. */
const RUNS_SHOWN = 20;

export default async function ShoePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const shoe = orNotFound((await listShoes(user.id)).find((s) => s.id === id));
  const runs = await runsInShoe(user.id, shoe.id, RUNS_SHOWN);
  const units = user.units as Units;
  const left = shoe.retireMeters - shoe.totalMeters;
  return (
    <>
      <h1>
        {shoe.name}
        {shoe.retired ? <span className="muted"> (retired)</span> : null}
      </h1>
      <div className="card stack">
        <WearBar name={shoe.name} totalMeters={shoe.totalMeters} retireMeters={shoe.retireMeters} units={units} />
        <p>
          {formatDistance(shoe.totalMeters, units, 0)} in {shoe.runs} {shoe.runs === 1 ? "run" : "runs"}, including{" "}
          {formatDistance(shoe.startMeters, units, 0)} from before Stridewise.{" "}
          {left > 0
            ? `${formatDistance(left, units, 0)} to go before the ${formatDistance(shoe.retireMeters, units, 0)} you set for retiring them.`
            : `Past the ${formatDistance(shoe.retireMeters, units, 0)} you set for retiring them: check the midsole.`}
        </p>
        <form action={retireShoe.bind(null, shoe.id, !shoe.retired)}>
          <button type="submit" className="secondary">
            {shoe.retired ? "Bring back" : "Retire"}
          </button>
        </form>
      </div>

      <h2>Change</h2>
      <EditShoeForm shoeId={shoe.id} units={units} name={shoe.name} startKm={distanceFieldValue(shoe.startMeters, units)} retireKm={distanceFieldValue(shoe.retireMeters, units)} />

      <section aria-labelledby="shoe-runs">
        <h2 id="shoe-runs">{shoe.runs > RUNS_SHOWN ? `The latest ${RUNS_SHOWN} of ${shoe.runs} runs` : "Runs in these shoes"}</h2>
        {runs.length === 0 ? (
          <p>No runs in these shoes yet. Pick them when you log a run.</p>
        ) : (
          <ul className="run-list" data-testid="shoe-runs">
            {runs.map((run) => (
              <li key={run.id}>
                <div className="run-main">
                  <Link href={`/runs/${run.id}/edit`}>{formatLongDate(run.localDate)}</Link>
                  <span>{formatDistance(run.distanceM, units, 2)}</span>
                  <span className="muted">{RUN_TYPE_LABEL[run.type as RunType] ?? run.type}</span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Link href="/shoes">All shoes</Link>
    </>
  );
}
