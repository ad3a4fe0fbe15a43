import "server-only";
import { encode, getToken, type JWT } from "next-auth/jwt";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { SESSION_VERSION_CLAIM, sessionIsCurrent } from "../auth/session-version";
import { authOptions } from "./auth";
import { db } from "./db";

/**
 * The decoded session cookie, or null. Cached for the request. The cookie is decrypted and checked
 * (signature, expiry) directly: getServerSession would also build a session object and encrypt a
 * refreshed token, which a page cannot send back anyway (issue 8). Only the cookie counts, never an
 * Authorization header.
 */
const getSessionToken = cache(async (): Promise<JWT | null> =>
  getToken({
    req: { cookies: await cookies(), headers: new Headers() } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: authOptions.secret,
    secureCookie: authOptions.useSecureCookies,
  }),
);

/**
 * The signed-in user's row, or null; read once per request however many components ask. A session
 * issued before the user's last "sign out everywhere" or password change is no session (the version
 * check rides on this one read by primary key).
 */
export const getCurrentUser = cache(async () => {
  const token = await getSessionToken();
  if (typeof token?.sub !== "string") return null;
  const user = await db.user.findUnique({ where: { id: token.sub } });
  return user && sessionIsCurrent(token, user) ? user : null;
});

/** The signed-in user's id, or null: the same check as getCurrentUser, for routes that need only the id. */
export const getUserId = cache(async (): Promise<string | null> => (await getCurrentUser())?.id ?? null);

/**
 * The one access check for pages and server actions: a session for a user that still exists, or
 * a redirect to sign in.
 */
export const requireUser = cache(async () => {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  return user;
});

/** The signed-in admin (issue 19), or the same 404 a runner gets for anything that is not theirs. */
export async function requireAdmin() {
  const user = await requireUser();
  if (user.role !== "admin") notFound();
  return user;
}

export async function requireUserId(): Promise<string> {
  return (await requireUser()).id;
}

/** For rows fetched by id: someone else's row is the same as no row. */
export function orNotFound<T>(row: T | null | undefined): T {
  if (row === null || row === undefined) notFound();
  return row;
}

/** next-auth's session cookie; the `__Secure-` one over https (see authOptions.useSecureCookies). */
function sessionCookieName(): string {
  return `${authOptions.useSecureCookies ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * After the session version was bumped to `sessionVersion` (a password change): a fresh cookie at
 * the new version for this browser, so every other session ends and this one carries on. Server
 * actions and route handlers only.
 */
export async function renewSession(sessionVersion: number): Promise<void> {
  const token = await getSessionToken();
  if (!token) return;
  const maxAge = authOptions.session?.maxAge ?? 30 * 24 * 3600;
  const value = await encode({ token: { ...token, [SESSION_VERSION_CLAIM]: sessionVersion }, secret: authOptions.secret!, maxAge });
  (await cookies()).set(sessionCookieName(), value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: authOptions.useSecureCookies,
    maxAge,
  });
}

/** Removes this browser's session cookie (after deleting the account, or signing out everywhere). */
export async function endSession(): Promise<void> {
  (await cookies()).delete(sessionCookieName());
}
