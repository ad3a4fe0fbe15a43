// Sign out everywhere (issue 19). Sessions are JWTs in a cookie, so the server cannot delete them;
// instead each one carries the user's session version from when it was issued (the "sv" claim), and a
// session counts only while that still equals User.sessionVersion. Bumping the version (a password
// change, a reset, "sign out everywhere") ends every session at once. The check rides on the one read
// of the user row that every page and route makes anyway.

export const SESSION_VERSION_CLAIM = "sv";

/** The version a decoded session token was issued with; cookies from before versions count as 0. */
export function sessionVersionOf(token: Record<string, unknown>): number {
  const value = token[SESSION_VERSION_CLAIM];
  return typeof value === "number" && Number.isInteger(value) ? value : 0;
}

export function sessionIsCurrent(token: Record<string, unknown>, user: { sessionVersion: number }): boolean {
  return sessionVersionOf(token) === user.sessionVersion;
}
