import type { Metadata } from "next";
import Link from "next/link";
import { listShoes } from "@/lib/server/data/shoes";
import { orNotFound, requireUser } from "@/lib/server/session";
import { formatDistance, type Units } from "@/lib/units";
import { retireShoe } from "../actions";

export const metadata: Metadata = { title: "Shoe" };

export default async function ShoePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const shoe = orNotFound((await listShoes(user.id)).find((s) => s.id === id));
  const units = user.units as Units;
  const left = shoe.retireMeters - shoe.totalMeters;
  return (
    <>
      <h1>{shoe.name}</h1>
      <div className="card stack">
        <p>
          {formatDistance(shoe.totalMeters, units, 0)} in {shoe.runs} {shoe.runs === 1 ? "run" : "runs"}, including{" "}
          {formatDistance(shoe.startMeters, units, 0)} from before Stridewise.
        </p>
        <p>
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
      <Link href="/shoes">All shoes</Link>
    </>
  );
}
