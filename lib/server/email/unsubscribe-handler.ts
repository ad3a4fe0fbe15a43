// The unsubscribe link (issue 9), kept out of app/unsubscribe/route.ts so tests can drive it with real
// Requests. Mail clients and scanners open links on their own, so GET only shows a page with a button;
// the change happens on POST, which is also what a client's one-click unsubscribe sends (RFC 8058:
// POST to the List-Unsubscribe URL with the body "List-Unsubscribe=One-Click").
import { escapeHtml } from "../../email/layout";
import { verifyUnsubscribeToken, type UnsubscribePurpose } from "../../email/unsubscribe-token";
import { linkPage } from "./link-page";
import type { Db } from "./outbox";
import { applyUnsubscribe } from "./preferences";

const WHAT: Record<UnsubscribePurpose, string> = {
  "unsubscribe-high-alerts": "the email Stridewise sends when it raises a high alert",
  "unsubscribe-weekly": "the weekly review email",
  "unsubscribe-morning-check": "the morning check email",
  "unsubscribe-all": "all email from Stridewise",
};

const invalid = () =>
  linkPage(
    400,
    "This link does not work",
    "<p>The unsubscribe link is incomplete or was changed. Sign in and turn email off in <a href=\"/settings\">Settings</a>.</p>",
  );

async function tokenFrom(request: Request): Promise<string | null> {
  const fromUrl = new URL(request.url).searchParams.get("token");
  if (fromUrl) return fromUrl;
  try {
    const form = await request.formData();
    const value = form.get("token");
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}

export function showUnsubscribePage(request: Request, secret: string | undefined): Response {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const verified = secret ? verifyUnsubscribeToken(secret, token) : null;
  if (!verified) return invalid();
  const action = `/unsubscribe?token=${encodeURIComponent(token)}`;
  return linkPage(
    200,
    "Unsubscribe",
    `<p>Stop ${escapeHtml(WHAT[verified.purpose])}?</p><form method="post" action="${escapeHtml(action)}"><button type="submit" style="font-size:1rem;padding:.5rem 1rem">Unsubscribe</button></form>`,
  );
}

export async function performUnsubscribe(request: Request, db: Db, secret: string | undefined): Promise<Response> {
  const token = await tokenFrom(request);
  const verified = secret && token ? verifyUnsubscribeToken(secret, token) : null;
  if (!verified) return invalid();
  await applyUnsubscribe(db, verified.userId, verified.purpose);
  return linkPage(
    200,
    "You are unsubscribed",
    `<p>You will no longer get ${escapeHtml(WHAT[verified.purpose])}. You can turn it back on in <a href="/settings">Settings</a>.</p>`,
  );
}
