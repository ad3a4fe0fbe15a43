import { NextResponse, type NextRequest } from "next/server";
import { newNonce, pageContentSecurityPolicy } from "./lib/security-headers";
import { tileOrigin } from "./lib/track/tiles";
import { hasSessionCookie, signInUrlFor } from "./lib/sign-in-redirect";

/** Open to visitors without a session: everything else redirects them to sign in. */
const PUBLIC = /^\/(?:signin|signup|unsubscribe|morning-link|forgot-password|reset-password|confirm-email|offline|sw(?:-outbox)?\.js|icon|manifest\.webmanifest)/;

// Every page gets its own Content-Security-Policy nonce: Next reads it from the request's header and
// puts it on the scripts it renders (issue 20). And a quick redirect for visitors without a session
// cookie, back to the page they asked for once they have signed in. That decides nothing about access:
// every page and action decrypts and checks the session itself through requireUser(), so the proxy
// does not decrypt it a second time (issue 8).
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!PUBLIC.test(pathname) && !hasSessionCookie(request.cookies.getAll().map(({ name }) => name))) {
    return NextResponse.redirect(signInUrlFor(request.nextUrl));
  }
  const policy = pageContentSecurityPolicy(newNonce(), process.env.NODE_ENV === "production", tileOrigin(process.env.MAP_TILE_URL));
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Not the API (JSON, with its own fixed policy in next.config.js) nor the static files.
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
};
