import type { Metadata } from "next";
import { listShoes } from "@/lib/server/data/shoes";
import { getRun } from "@/lib/server/data/runs";
import { orNotFound, requireUser } from "@/lib/server/session";
import { distanceFieldValue, formatDuration, type Units } from "@/lib/units";
import { painValuesOf } from "../../pain-values";
import { RunForm } from "../../run-form";
import { DeleteRunButton } from "./delete-run-button";

export const metadata: Metadata = { title: "Edit run" };

export default async function EditRunPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const run = orNotFound(await getRun(user.id, id));
  const shoes = await listShoes(user.id);
  const units = user.units as Units;
  return (
    <>
      <h1>Edit run</h1>
      <RunForm
        runId={run.id}
        units={units}
        shoes={shoes.filter((shoe) => !shoe.retired || shoe.id === run.shoeId)}
        initial={{
          date: run.localDate,
          startTime: run.startTime ?? "",
          distance: distanceFieldValue(run.distanceM, units),
          duration: run.durationS ? formatDuration(run.durationS) : "",
          type: run.type,
          rpe: run.rpe ? String(run.rpe) : "",
          shoeId: run.shoeId ?? "",
          notes: run.notes ?? "",
          pain: run.pain.map(painValuesOf),
        }}
      />
      <DeleteRunButton runId={run.id} />
    </>
  );
}
