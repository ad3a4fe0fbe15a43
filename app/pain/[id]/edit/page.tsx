import type { Metadata } from "next";
import { todayFor } from "@/lib/server/data/alerts";
import { getPainDay } from "@/lib/server/data/pain-days";
import { orNotFound, requireUser } from "@/lib/server/session";
import { painValuesOf } from "../../../runs/pain-values";
import { PainDayForm } from "../../new/pain-day-form";

export const metadata: Metadata = { title: "Edit rest-day pain" };

export default async function EditPainDayPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const entry = orNotFound(await getPainDay(user.id, id));
  return (
    <>
      <h1>Edit rest-day pain</h1>
      <PainDayForm today={todayFor(user)} painId={entry.id} initial={{ date: entry.localDate, pain: painValuesOf(entry) }} />
    </>
  );
}
