"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { todayFor } from "@/lib/server/data/alerts";
import { InputError, NotFoundError } from "@/lib/server/data/errors";
import { createRun, deleteRun, longestRunBefore, storedDistance, updateRun } from "@/lib/server/data/runs";
import { implausibleRunQuestion } from "@/lib/validation/plausibility";
import { requireUser } from "@/lib/server/session";
import type { FieldErrors } from "@/lib/validation/errors";
import { parseRunForm } from "@/lib/validation/run-form";
import { entryKeyOf } from "@/lib/validation/idempotency-key";
import type { Units } from "@/lib/units";
import { savedAlerts, type SavedAlert } from "./saved-alerts";

export type SaveRunState =
  | { ok: true; runId: string; newAlerts: SavedAlert[] }
  | { ok: false; fieldErrors: FieldErrors }
  /** Nothing saved yet: the run is far outside the runner's range, and the form asks first. */
  | { ok: false; confirm: string };

/**
 * Creates a run (runId null) or replaces one of the signed-in runner's runs. A run far outside the
 * runner's own range is only saved once the runner has said it is right (`confirmed` in the form).
 */
export async function saveRun(runId: string | null, raw: unknown): Promise<SaveRunState> {
  const user = await requireUser();
  const units = user.units as Units;
  const stored = runId ? await storedDistance(user.id, runId) : undefined;
  const parsed = parseRunForm(raw, { today: todayFor(user), units, stored });
  if (!parsed.ok) return parsed;
  const clientKey = entryKeyOf(raw);
  if (clientKey === undefined) return { ok: false, fieldErrors: { form: "This entry's id is malformed." } };
  if (!isConfirmed(raw)) {
    const question = implausibleRunQuestion({
      metres: Math.round(parsed.data.distanceKm * 1000),
      seconds: parsed.data.durationSec ?? null,
      longest30Metres: await longestRunBefore(user.id, parsed.data.date, runId),
      units,
    });
    if (question) return { ok: false, confirm: question };
  }
  try {
    const { result, newAlerts } = runId
      ? await updateRun(user, runId, parsed.data)
      : await createRun(user, parsed.data, "manual", clientKey ?? undefined);
    // The alert count in the navigation may have changed.
    revalidatePath("/", "layout");
    return { ok: true, runId: result.id, newAlerts: savedAlerts(newAlerts, units) };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, fieldErrors: error.fieldErrors };
    if (error instanceof NotFoundError) return { ok: false, fieldErrors: { form: "This run no longer exists." } };
    throw error;
  }
}

function isConfirmed(raw: unknown): boolean {
  return typeof raw === "object" && raw !== null && (raw as { confirmed?: unknown }).confirmed === true;
}

export async function removeRun(runId: string): Promise<void> {
  const user = await requireUser();
  try {
    await deleteRun(user, runId);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  revalidatePath("/", "layout");
  redirect("/runs?deleted=1");
}
