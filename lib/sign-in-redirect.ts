// What the proxy needs to send a visitor without a session to sign in, and back afterwards. Plain
// functions so they are tested without a server; the proxy only looks for the cookie, the pages
// decrypt and check it.

/** next-auth's session cookie, over http and over https (`__Secure-`), and its chunks (`.0`, `.1`). */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) {
    if (SESSION_COOKIES.some((cookie) => name === cookie || name.startsWith(`${cookie}.`))) return true;
  }
  return false;
}

/** /signin on the same origin, remembering the page (path and query) to come back to. */
export function signInUrlFor(requested: URL): URL {
  const signIn = new URL("/signin", requested.origin);
  signIn.searchParams.set("callbackUrl", `${requested.pathname}${requested.search}`);
  return signIn;
}
