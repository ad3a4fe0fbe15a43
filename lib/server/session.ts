import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "./auth";
import { db } from "./db";

/** The signed-in user's id, or null. Cached for the request. */
export const getUserId = cache(async (): Promise<string | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  return id ?? null;
});

/** The signed-in user's row, or null; read once per request however many components ask. */
export const getCurrentUser = cache(async () => {
  const id = await getUserId();
  return id ? db.user.findUnique({ where: { id } }) : null;
});

/**
 * The one access check for pages and server actions: a session for a user that still exists, or
 * a redirect to sign in.
 */
export const requireUser = cache(async () => {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  return user;
});

export async function requireUserId(): Promise<string> {
  return (await requireUser()).id;
}

/** For rows fetched by id: someone else's row is the same as no row. */
export function orNotFound<T>(row: T | null | undefined): T {
  if (row === null || row === undefined) notFound();
  return row;
}
