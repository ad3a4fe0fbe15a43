"use server";

import { revalidatePath } from "next/cache";
import { answerMorningCheck, MorningCheckClosedError } from "@/lib/server/data/morning-checks";
import { requireUser } from "@/lib/server/session";
import type { Units } from "@/lib/units";
import { MorningAnswerSchema } from "@/lib/validation/morning-check";
import { savedAlerts, type SavedAlert } from "../runs/saved-alerts";

export type MorningAnswerState = { ok: true; newAlerts: SavedAlert[] } | { ok: false; message: string };

/** Answers or skips one of the signed-in runner's morning checks from the dashboard card. */
export async function answerMorningCheckAction(raw: unknown): Promise<MorningAnswerState> {
  const user = await requireUser();
  const parsed = MorningAnswerSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: "That answer could not be read. Reload the page and try again." };
  try {
    const { newAlerts } = await answerMorningCheck(user, parsed.data);
    revalidatePath("/", "layout");
    return { ok: true, newAlerts: savedAlerts(newAlerts, user.units as Units) };
  } catch (error) {
    if (error instanceof MorningCheckClosedError) {
      return { ok: false, message: "This question was already answered, or it is more than two days old." };
    }
    throw error;
  }
}
