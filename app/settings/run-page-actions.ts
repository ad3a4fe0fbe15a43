"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/server/db";
import { requireUser } from "@/lib/server/session";
import { RunPageSettingsSchema } from "@/lib/validation/run-page-settings";

/** Issue 21: the highest heart rate and the privacy zone; a field left empty clears it. */
export async function saveRunPageSettings(form: FormData): Promise<void> {
  const user = await requireUser();
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const parsed = RunPageSettingsSchema.safeParse({
    maxHr: text("maxHr"),
    privacyLat: text("privacyLat"),
    privacyLon: text("privacyLon"),
    privacyRadiusM: text("privacyRadiusM"),
  });
  // The fields' own limits stop most mistakes in the browser; what is left is said under the form.
  if (!parsed.success) redirect("/settings?runPage=invalid#run-page-settings");
  await db.user.update({ where: { id: user.id }, data: parsed.data });
  revalidatePath("/settings");
  revalidatePath("/runs/[id]", "page");
}
