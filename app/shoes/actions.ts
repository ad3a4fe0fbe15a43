"use server";

import { revalidatePath } from "next/cache";
import { NotFoundError } from "@/lib/server/data/errors";
import { createShoe, setDefaultShoe, setShoeRetired, updateShoe } from "@/lib/server/data/shoes";
import { requireUser } from "@/lib/server/session";
import { metersToUnit, unitToMeters, type Units } from "@/lib/units";
import { toFieldErrors, type FieldErrors } from "@/lib/validation/errors";
import { parseDecimal } from "@/lib/units";
import { ShoeChangeSchema, ShoeInputSchema } from "@/lib/validation/shoe";

export type ShoeFormState = {
  ok: boolean;
  fieldErrors: FieldErrors;
  message?: string;
  /** What was typed, given back on error so nothing is lost when the form resets. */
  values?: Record<string, string>;
};

function toKm(text: FormDataEntryValue | null, units: Units): number | undefined {
  const value = parseDecimal(String(text ?? ""));
  return value === undefined || Number.isNaN(value) ? value : metersToUnit(unitToMeters(value, units), "km");
}

export async function addShoe(_previous: ShoeFormState, form: FormData): Promise<ShoeFormState> {
  const user = await requireUser();
  const units = user.units as Units;
  const parsed = ShoeInputSchema.safeParse({
    name: String(form.get("name") ?? ""),
    startKm: toKm(form.get("startKm"), units) ?? 0,
    retireKm: toKm(form.get("retireKm"), units),
    isDefault: form.get("isDefault") === "on",
  });
  if (!parsed.success) {
    const values = Object.fromEntries(
      ["name", "startKm", "retireKm"].map((key) => [key, String(form.get(key) ?? "")]),
    );
    return { ok: false, fieldErrors: toFieldErrors(parsed.error), values };
  }
  await createShoe(user, parsed.data);
  revalidatePath("/", "layout");
  return { ok: true, fieldErrors: {}, message: `Added ${parsed.data.name}.` };
}

/** The shoe page's edit form: rename a pair, change its distance from before and its retirement distance. */
export async function editShoe(shoeId: string, _previous: ShoeFormState, form: FormData): Promise<ShoeFormState> {
  const user = await requireUser();
  const units = user.units as Units;
  const fields = ["name", "startKm", "retireKm"] as const;
  const values = Object.fromEntries(fields.map((key) => [key, String(form.get(key) ?? "")]));
  const parsed = ShoeChangeSchema.safeParse({
    name: values.name,
    startKm: toKm(form.get("startKm"), units) ?? 0,
    retireKm: toKm(form.get("retireKm"), units),
  });
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error), values };
  try {
    await updateShoe(user, shoeId, parsed.data);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    return { ok: false, fieldErrors: {}, message: "That shoe is no longer in your log." };
  }
  revalidatePath("/", "layout");
  return { ok: true, fieldErrors: {}, message: `Saved ${parsed.data.name}.`, values };
}

async function ignoreMissing(write: () => Promise<void>) {
  try {
    await write();
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  revalidatePath("/", "layout");
}

export async function makeDefaultShoe(shoeId: string) {
  const user = await requireUser();
  await ignoreMissing(() => setDefaultShoe(user, shoeId));
}

export async function retireShoe(shoeId: string, retired: boolean) {
  const user = await requireUser();
  await ignoreMissing(() => setShoeRetired(user, shoeId, retired));
}
