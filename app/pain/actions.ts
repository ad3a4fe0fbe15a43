"use server";

import { todayFor } from "@/lib/server/data/alerts";
import { NotFoundError } from "@/lib/server/data/errors";
import { createPainDay, deletePainDay, updatePainDay } from "@/lib/server/data/pain-days";
import { requireUser } from "@/lib/server/session";
import { toFieldErrors, type FieldErrors } from "@/lib/validation/errors";
import { makePainDayInputSchema } from "@/lib/validation/run";
import { entryKeyOf } from "@/lib/validation/idempotency-key";
import { parseDecimal } from "@/lib/units";
import { revalidatePath } from "next/cache";
import type { Units } from "@/lib/units";
import { savedAlerts, type SavedAlert } from "../runs/saved-alerts";

export type PainDayState = { ok: true; newAlerts: SavedAlert[] } | { ok: false; fieldErrors: FieldErrors };

/** Logs pain on a rest day (painId null) or corrects one of the signed-in runner's entries. */
export async function savePainDay(painId: string | null, raw: Record<string, unknown>): Promise<PainDayState> {
  const user = await requireUser();
  const score = typeof raw.score === "string" ? parseDecimal(raw.score) : raw.score;
  const parsed = makePainDayInputSchema(todayFor(user)).safeParse({ ...raw, score });
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error) };
  // The outbox's id for a new entry: an entry sent twice is stored once.
  const clientKey = entryKeyOf(raw);
  if (clientKey === undefined) return { ok: false, fieldErrors: { form: "This entry's id is malformed." } };
  try {
    const { newAlerts } = painId
      ? await updatePainDay(user, painId, parsed.data)
      : await createPainDay(user, parsed.data, clientKey ?? undefined);
    revalidatePath("/", "layout");
    return { ok: true, newAlerts: savedAlerts(newAlerts, user.units as Units) };
  } catch (error) {
    if (error instanceof NotFoundError) return { ok: false, fieldErrors: { form: "This pain entry no longer exists." } };
    throw error;
  }
}

export async function removePainDay(painId: string): Promise<void> {
  const user = await requireUser();
  try {
    await deletePainDay(user, painId);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  revalidatePath("/", "layout");
}
