import NextAuth from "next-auth";
import { NextRequest, NextResponse } from "next/server";
import { MAX_AUTH_BODY_BYTES, parseAuthForm } from "@/lib/auth/form-body";
import { readBodyUpTo } from "@/lib/api/request";
import { authOptions } from "@/lib/server/auth";
import { logger } from "@/lib/server/log";
import { clientAddress, recordSignIn, signInRetryAfter } from "@/lib/server/sign-in-guard";
import { withoutMalformedCallbackUrl } from "@/lib/sign-in-redirect";
import { normaliseEmail } from "@/lib/validation/account";

type Context = { params: Promise<{ nextauth: string[] }> };

const handler = NextAuth(authOptions) as (req: NextRequest, ctx: Context) => Promise<Response>;

/** The request's URL, without a callbackUrl that next-auth's config check would answer with a 500. */
function urlOf(req: NextRequest): string {
  return withoutMalformedCallbackUrl(req.nextUrl)?.toString() ?? req.url;
}

async function GET(req: NextRequest, ctx: Context) {
  const url = urlOf(req);
  return handler(url === req.url ? req : new NextRequest(url, { method: req.method, headers: req.headers }), ctx);
}

/**
 * Every POST to next-auth is read here once, as the one urlencoded form its client sends, with each
 * field once (lib/auth/form-body.ts); next-auth then gets exactly those fields. Wrapped rather than
 * patched in node_modules: next-auth's own body reading keeps the last of a repeated field and fails
 * with 500 on JSON, and an update of the package would silently undo a patch.
 *
 * A `callbackUrl` in the query that is not a parsable http(s) URL is dropped first: next-auth checks
 * it before its redirect callback (lib/server/auth.ts) runs, and answered 500.
 *
 * Password sign-ins pass the failure limiter first, keyed on the address and on the email as the
 * sign-in looks it up. next-auth answers a wrong password with 401; after too many, this answers 429
 * with Retry-After, in the JSON shape its client expects.
 */
async function POST(req: NextRequest, ctx: Context) {
  const form = parseAuthForm(req.headers.get("content-type"), await readBodyUpTo(req, MAX_AUTH_BODY_BYTES));
  if (!form.ok) return NextResponse.json({ error: form.message }, { status: form.status });
  const checked = new NextRequest(urlOf(req), { method: "POST", headers: req.headers, body: form.fields.toString() });
  if (!req.nextUrl.pathname.endsWith("/callback/credentials")) return handler(checked, ctx);

  const email = normaliseEmail(form.fields.get("email") ?? "");
  const address = clientAddress(req.headers);
  const wait = await signInRetryAfter(address, email);
  if (wait > 0) {
    logger.warn({ address, retryAfter: wait }, "sign-in locked");
    const minutes = Math.ceil(wait / 60);
    return NextResponse.json(
      {
        url: new URL(`/signin?error=TooManyAttempts`, req.nextUrl.origin).toString(),
        message: `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      },
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  }
  const response = await handler(checked, ctx);
  const succeeded = response.status < 400;
  await recordSignIn(address, email, succeeded);
  // Never the email or the password: the address is enough to see an attack.
  if (!succeeded) logger.warn({ address, status: response.status }, "sign-in failed");
  return response;
}

export { GET, POST };
