import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "./auth";
import { db } from "./db";

/**
 * The signed-in user's id, or null. Cached for the request. The session cookie is decrypted and
 * checked (signature, expiry) directly: getServerSession would also build a session object and
 * encrypt a refreshed token, which a page cannot send back anyway (issue 8). Only the cookie counts,
 * never an Authorization header.
 */
export const getUserId = cache(async (): Promise<string | null> => {
  const token = await getToken({
    req: { cookies: await cookies(), headers: new Headers() } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: authOptions.secret,
    secureCookie: authOptions.useSecureCookies,
  });
  return typeof token?.sub === "string" ? token.sub : null;
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
