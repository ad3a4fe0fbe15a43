import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authOptions } from "@/lib/server/auth";
import { logger } from "@/lib/server/log";
import { clientAddress, recordSignIn, signInRetryAfter } from "@/lib/server/sign-in-guard";

type Context = { params: Promise<{ nextauth: string[] }> };

const handler = NextAuth(authOptions) as (req: NextRequest, ctx: Context) => Promise<Response>;

/**
 * Password sign-ins pass the failure limiter first. next-auth answers a wrong password with 401;
 * after too many, this answers 429 with Retry-After, in the JSON shape its client expects.
 */
async function POST(req: NextRequest, ctx: Context) {
  if (!req.nextUrl.pathname.endsWith("/callback/credentials")) return handler(req, ctx);
  const form = await req.clone().formData();
  const email = String(form.get("email") ?? "");
  const address = clientAddress(req.headers);
  const wait = signInRetryAfter(address, email);
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
  const response = await handler(req, ctx);
  const succeeded = response.status < 400;
  recordSignIn(address, email, succeeded);
  // Never the email or the password: the address is enough to see an attack.
  if (!succeeded) logger.warn({ address, status: response.status }, "sign-in failed");
  return response;
}

export { handler as GET, POST };
