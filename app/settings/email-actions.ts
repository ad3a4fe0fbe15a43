"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { updateEmailPreferences } from "@/lib/server/email/preferences";
import { requireUser } from "@/lib/server/session";

// An unticked checkbox is not sent at all, so "absent" means off.
const Checkbox = z
  .literal("on")
  .nullable()
  .transform((value) => value === "on");
const EmailSettingsSchema = z.object({ emailHighAlerts: Checkbox, emailWeeklyReview: Checkbox, emailMorningCheck: Checkbox });

/** Issue 9: the email opt-ins (issue 14 added the morning check). Saving works even while SMTP is not configured (nothing is sent then). */
export async function saveEmailSettings(form: FormData): Promise<void> {
  const user = await requireUser();
  const parsed = EmailSettingsSchema.safeParse({
    emailHighAlerts: form.get("emailHighAlerts"),
    emailWeeklyReview: form.get("emailWeeklyReview"),
    emailMorningCheck: form.get("emailMorningCheck"),
  });
  // Only a hand-made request sends anything but "on" or nothing; there is no field to point at.
  if (!parsed.success) return;
  await updateEmailPreferences(db, user.id, parsed.data);
  revalidatePath("/settings");
}
