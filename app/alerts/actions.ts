"use server";

import { revalidatePath } from "next/cache";
import { acknowledgeAlert } from "@/lib/server/data/alerts";
import { NotFoundError } from "@/lib/server/data/errors";
import { requireUser } from "@/lib/server/session";

export async function acknowledge(alertId: string) {
  const user = await requireUser();
  try {
    await acknowledgeAlert(user.id, alertId);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  revalidatePath("/", "layout");
}
