import type { Metadata } from "next";
import { listShoes } from "@/lib/server/data/shoes";
import { suggestedShoeId } from "@/lib/server/data/runs";
import { todayFor } from "@/lib/server/data/alerts";
import { requireUser } from "@/lib/server/session";
import type { Units } from "@/lib/units";
import { RunForm } from "../run-form";

export const metadata: Metadata = { title: "Log a run" };

export default async function NewRunPage() {
  const user = await requireUser();
  const [shoes, shoeId] = await Promise.all([listShoes(user.id), suggestedShoeId(user.id)]);
  return (
    <>
      <h1>Log a run</h1>
      <RunForm
        runId={null}
        units={user.units as Units}
        shoes={shoes.filter((shoe) => !shoe.retired)}
        initial={{
          date: todayFor(user),
          startTime: "",
          distance: "",
          duration: "",
          type: "easy",
          rpe: "",
          shoeId: shoeId ?? "",
          notes: "",
          pain: [],
        }}
      />
    </>
  );
}
