import type { Metadata } from "next";
import Link from "next/link";
import { ROTATION_DAYS, rotation } from "@/lib/shoes/rotation";
import { todayFor } from "@/lib/server/data/alerts";
import { listShoes, recentRunsForRotation } from "@/lib/server/data/shoes";
import { requireUser } from "@/lib/server/session";
import type { Units } from "@/lib/units";
import { makeDefaultShoe, retireShoe } from "./actions";
import { AddShoeForm } from "./add-shoe-form";
import { TableWrap } from "../_components/table-wrap";
import { RotationCard } from "./rotation-card";
import { WearBar } from "./wear-bar";

export const metadata: Metadata = { title: "Shoes" };

export default async function ShoesPage() {
  const user = await requireUser();
  const [shoes, recent] = await Promise.all([listShoes(user.id), recentRunsForRotation(user.id, todayFor(user), ROTATION_DAYS)]);
  const units = user.units as Units;
  const names = new Map(shoes.map((shoe) => [shoe.id, shoe.name]));
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
                <th scope="col">Wear</th>
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
                  <td>
                    <WearBar name={shoe.name} totalMeters={shoe.totalMeters} retireMeters={shoe.retireMeters} units={units} />
                  </td>
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
      {shoes.length === 0 ? null : <RotationCard rotation={rotation(recent)} names={names} units={units} />}
      <h2>Add a shoe</h2>
      <AddShoeForm units={units} />
    </>
  );
}
