import { withAuth } from "next-auth/middleware";

// A quick redirect for visitors without a session cookie. It decides nothing about access:
// every page and action checks the session itself through requireUser().
export default withAuth({ pages: { signIn: "/signin" } });

export const config = {
  matcher: [
    "/((?!api|signin|signup|unsubscribe|_next/static|_next/image|favicon.ico|icon|manifest.webmanifest).*)",
  ],
};
