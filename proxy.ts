import { NextResponse, type NextRequest } from "next/server";
import { hasSessionCookie, signInUrlFor } from "./lib/sign-in-redirect";

// A quick redirect for visitors without a session cookie, back to the page they asked for once they
// have signed in. It decides nothing about access: every page and action decrypts and checks the
// session itself through requireUser(), so the proxy does not decrypt it a second time (issue 8).
export default function proxy(request: NextRequest) {
  if (hasSessionCookie(request.cookies.getAll().map(({ name }) => name))) return NextResponse.next();
  return NextResponse.redirect(signInUrlFor(request.nextUrl));
}

export const config = {
  matcher: [
    "/((?!api|signin|signup|unsubscribe|forgot-password|reset-password|confirm-email|_next/static|_next/image|favicon.ico|icon|manifest.webmanifest|sw.js|offline).*)",
  ],
};
