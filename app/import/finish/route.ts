import { revalidatePath } from "next/cache";
import { describeAlert } from "@/lib/advice/describe-alert";
import type { FinishedImport } from "@/lib/import/events";
import { finishImport } from "@/lib/server/data/import";
import type { Units } from "@/lib/units";
import { importOwnerOf } from "../request";

export const dynamic = "force-dynamic";

/** After the last file: the analyser runs once over the whole log; the answer lists the new alerts. */
export async function POST(request: Request) {
  const auth = await importOwnerOf(request);
  if ("response" in auth) return auth.response;
  const newAlerts = await finishImport(auth.owner);
  // The alert count in the navigation may have changed.
  revalidatePath("/", "layout");
  const units = auth.owner.units as Units;
  const body: FinishedImport = {
    newAlerts: newAlerts.map((alert) => ({ rule: alert.rule, key: alert.key, severity: alert.severity, ...describeAlert(alert, { units }) })),
  };
  return Response.json(body, { headers: { "cache-control": "no-store" } });
}
