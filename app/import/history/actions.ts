"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { InputError, NotFoundError } from "@/lib/server/data/errors";
import { findImportOwner } from "@/lib/server/data/import";
import { undoImport } from "@/lib/server/data/import-history";
import { requireUser } from "@/lib/server/session";

/** Deletes what one import added; the page then says what was removed. */
export async function undoImportAction(importId: string): Promise<void> {
  const user = await requireUser();
  const owner = await findImportOwner(user.id);
  if (!owner) redirect("/signin");
  let query: string;
  try {
    const undone = await undoImport(owner, importId);
    query = `undone=${undone.runs}`;
  } catch (error) {
    if (error instanceof NotFoundError) query = "missing=1";
    else if (error instanceof InputError) query = `failed=${encodeURIComponent(error.message)}`;
    else throw error;
  }
  // The runs, the alert count in the navigation and the dashboard may all have changed.
  revalidatePath("/", "layout");
  redirect(`/import/history?${query}`);
}
