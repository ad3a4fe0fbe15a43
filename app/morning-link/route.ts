// The morning check's emailed link (issue 14): works without a session (proxy.ts lets /morning-link
// through); the signed token is the authority. See lib/server/email/morning-link-handler.ts.
import { env } from "@/lib/server/env";
import { answerFromMorningLink, showMorningLinkPage } from "@/lib/server/email/morning-link-handler";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return showMorningLinkPage(request, env.NEXTAUTH_SECRET);
}

export function POST(request: Request) {
  return answerFromMorningLink(request, env.NEXTAUTH_SECRET);
}
