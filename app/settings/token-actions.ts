"use server";

import { revalidatePath } from "next/cache";
import { InputError, NotFoundError } from "@/lib/server/data/errors";
import { createToken, revokeToken } from "@/lib/server/data/tokens";
import { requireUser } from "@/lib/server/session";
import { TokenNameSchema } from "@/lib/validation/api";
import { toFieldErrors, type FieldErrors } from "@/lib/validation/errors";

export type CreateTokenState =
  | { ok: true; token: string; name: string; fieldErrors: FieldErrors }
  | { ok: false; fieldErrors: FieldErrors };

/** The clear token goes back to this one response only; it is never stored or shown again. */
export async function createApiToken(_previous: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  const user = await requireUser();
  const parsed = TokenNameSchema.safeParse({ name: String(form.get("name") ?? "") });
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error) };
  try {
    const { token, row } = await createToken(user.id, parsed.data.name);
    revalidatePath("/settings");
    return { ok: true, token, name: row.name, fieldErrors: {} };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, fieldErrors: error.fieldErrors };
    throw error;
  }
}

export async function revokeApiToken(tokenId: string): Promise<void> {
  const user = await requireUser();
  try {
    await revokeToken(user.id, tokenId);
  } catch (error) {
    // Revoked twice (two tabs) is still revoked.
    if (!(error instanceof NotFoundError)) throw error;
  }
  revalidatePath("/settings");
}
