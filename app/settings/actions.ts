"use server";

import { revalidatePath } from "next/cache";
import { updateSettings } from "@/lib/server/data/users";
import { requireUser } from "@/lib/server/session";
import { SettingsSchema } from "@/lib/validation/account";
import { toFieldErrors, type FieldErrors } from "@/lib/validation/errors";

export type SettingsState = { ok: boolean; fieldErrors: FieldErrors; message?: string };

export async function saveSettings(_previous: SettingsState, form: FormData): Promise<SettingsState> {
  const user = await requireUser();
  const parsed = SettingsSchema.safeParse({
    units: form.get("units"),
    timezone: form.get("timezone"),
    weekStartsOn: form.get("weekStartsOn"),
  });
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error) };
  await updateSettings(user.id, parsed.data);
  revalidatePath("/", "layout");
  return { ok: true, fieldErrors: {}, message: "Settings saved." };
}
