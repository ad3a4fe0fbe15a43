// Unsubscribe links from emails (issue 9): work without a session (proxy.ts lets /unsubscribe through);
// the signed token is the authority. See lib/server/email/unsubscribe-handler.ts.
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { performUnsubscribe, showUnsubscribePage } from "@/lib/server/email/unsubscribe-handler";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return showUnsubscribePage(request, env.NEXTAUTH_SECRET);
}

export function POST(request: Request) {
  return performUnsubscribe(request, db, env.NEXTAUTH_SECRET);
}
