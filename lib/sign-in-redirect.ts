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

const OWN_ORIGIN = "http://stridewise.invalid";

/**
 * Where to go after signing in: the path, query and fragment of `callbackUrl` when it stays on this
 * site, else the dashboard. The URL parser decides, not a prefix check: browsers read `/\evil.com`
 * and `/%09/evil.com` as other sites, and an open redirect would let a link send runners anywhere.
 */
export function safeCallbackPath(callbackUrl: string | undefined): string {
  if (!callbackUrl?.startsWith("/")) return "/";
  try {
    const url = new URL(callbackUrl, OWN_ORIGIN);
    return url.origin === OWN_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}

/**
 * next-auth's redirect callback: a URL on this site (absolute or a path), else the site's own address.
 * next-auth's default one throws on a URL it cannot parse (`http://localhost:3000.evil.example/`),
 * which answered 500 (issue 20).
 */
export function sameSiteRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  try {
    const base = new URL(baseUrl);
    const target = new URL(url, base);
    return target.origin === base.origin ? target.toString() : baseUrl;
  } catch {
    return baseUrl;
  }
}

/**
 * The URL without its `callbackUrl` when next-auth would refuse it with a 500 (it checks the query's
 * before the redirect callback runs: anything that is not a parsable http(s) URL); else null.
 */
export function withoutMalformedCallbackUrl(url: URL): URL | null {
  const callbackUrl = url.searchParams.get("callbackUrl");
  if (callbackUrl === null) return null;
  try {
    if (/^https?:$/.test(new URL(callbackUrl, url.origin).protocol)) return null;
  } catch {
    // falls through: malformed
  }
  const clean = new URL(url);
  clean.searchParams.delete("callbackUrl");
  return clean;
}

/** /signin on the same origin, remembering the page (path and query) to come back to. */
export function signInUrlFor(requested: URL): URL {
  const signIn = new URL("/signin", requested.origin);
  signIn.searchParams.set("callbackUrl", `${requested.pathname}${requested.search}`);
  return signIn;
}
