import type { Metadata } from "next";
import Link from "next/link";
import { listShoes } from "@/lib/server/data/shoes";
import { requireUser } from "@/lib/server/session";
import { formatDistance, type Units } from "@/lib/units";
import { makeDefaultShoe, retireShoe } from "./actions";
import { AddShoeForm } from "./add-shoe-form";
import { TableWrap } from "../_components/table-wrap";

export const metadata: Metadata = { title: "Shoes" };

export default async function ShoesPage() {
  const user = await requireUser();
  const shoes = await listShoes(user.id);
  const units = user.units as Units;
  return (
    <>
      <h1>Shoes</h1>
      {shoes.length === 0 ? (
        <p className="card">Add the shoes you run in to see how far each pair has gone.</p>
      ) : (
        <TableWrap label="Your shoes">
          <table>
            <caption className="visually-hidden">Your shoes and their distance</caption>
            <thead>
              <tr>
                <th scope="col">Shoe</th>
                <th scope="col" className="num">Total</th>
                <th scope="col" className="num">Retire at</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {shoes.map((shoe) => (
                <tr key={shoe.id} data-testid="shoe-row">
                  <th scope="row">
                    <Link href={`/shoes/${shoe.id}`}>{shoe.name}</Link>
                    {shoe.isDefault ? <span className="muted"> (default)</span> : null}
                    {shoe.retired ? <span className="muted"> (retired)</span> : null}
                    <div className="muted" style={{ fontWeight: 400 }}>
                      {shoe.runs} {shoe.runs === 1 ? "run" : "runs"}
                    </div>
                  </th>
                  <td className="num">{formatDistance(shoe.totalMeters, units, 0)}</td>
                  <td className="num">{formatDistance(shoe.retireMeters, units, 0)}</td>
                  <td>
                    <div className="actions" style={{ marginTop: 0 }}>
                      {!shoe.retired && !shoe.isDefault ? (
                        <form action={makeDefaultShoe.bind(null, shoe.id)}>
                          <button type="submit" className="secondary" aria-label={`Make ${shoe.name} the default`}>
                            Make default
                          </button>
                        </form>
                      ) : null}
                      <form action={retireShoe.bind(null, shoe.id, !shoe.retired)}>
                        <button type="submit" className="secondary" aria-label={`${shoe.retired ? "Bring back" : "Retire"} ${shoe.name}`}>
                          {shoe.retired ? "Bring back" : "Retire"}
                        </button>
                      </form>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <h2>Add a shoe</h2>
      <AddShoeForm units={units} />
    </>
  );
}
