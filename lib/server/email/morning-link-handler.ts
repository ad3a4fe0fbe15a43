// The morning check's emailed link (issue 14), kept out of app/morning-link/route.ts so tests can drive
// it with real Requests. It works without a session (proxy.ts lets /morning-link through): the signed
// token (lib/email/morning-link-token.ts) names the runner, the run day and the place. Mail clients and
// scanners open links on their own, so GET only shows the question; the tap is a POST, answered through
// the same answerMorningCheck as the dashboard card, and the check's unique row lets it answer once.
import { describeAlert } from "../../advice";
import { yourLocation } from "../../advice/format";
import { clientAddress } from "../../api/request";
import { createRateLimiter, type RateLimiter } from "../../api/rate-limit";
import { escapeHtml } from "../../email/layout";
import { verifyMorningLinkToken, type MorningLink } from "../../email/morning-link-token";
import { morningAnswerSaved, morningQuestion, morningRunLabel } from "../../morning-check/wording";
import type { Units } from "../../units";
import { MorningAnswerSchema } from "../../validation/morning-check";
import { todayFor } from "../data/alerts";
import { answerMorningCheck, loadMorningChecks, MorningCheckClosedError } from "../data/morning-checks";
import { db } from "../db";
import { linkPage } from "./link-page";

// A runner taps a few times a morning; this only stops a client hammering the page. One per process,
// like the API's limits (lib/server/api/limits.ts).
const PER_ADDRESS_PER_MINUTE = 60;
const holder = globalThis as unknown as { stridewiseMorningLinkLimiter?: RateLimiter };
const limiter = (holder.stridewiseMorningLinkLimiter ??= createRateLimiter(PER_ADDRESS_PER_MINUTE));

const STYLE =
  ".taps{display:grid;grid-template-columns:repeat(auto-fill,minmax(3.2rem,1fr));gap:.5rem;margin:1rem 0}" +
  "button{font-size:1.2rem;min-height:3.2rem;min-width:3.2rem;border-radius:.5rem;border:1px solid #888;background:#f4f4f4}" +
  ".actions{display:flex;gap:.75rem;flex-wrap:wrap}.actions button{padding:0 1.2rem}";

const SIGN_IN = '<p><a href="/signin">Sign in to Stridewise</a> to answer on the dashboard, or under Pain.</p>';

const invalid = () =>
  linkPage(400, "This link does not work", `<p>The link is incomplete, was changed, or is more than two days old.</p>${SIGN_IN}`);

const alreadyAnswered = (status: number) =>
  linkPage(status, "Already answered", `<p>This question was already answered; nothing was changed.</p>${SIGN_IN}`);

const noLongerOpen = (status: number) =>
  linkPage(status, "This question is closed", `<p>This question is no longer open; nothing was changed.</p>${SIGN_IN}`);

function tooMany(retryAfterSec: number) {
  return linkPage(429, "Too many requests", "<p>Please wait a minute and try again.</p>", {
    headers: { "Retry-After": String(retryAfterSec) },
  });
}

function tokenOf(request: Request, form: FormData | null): string {
  const fromUrl = new URL(request.url).searchParams.get("token");
  const fromForm = form?.get("token");
  return fromUrl ?? (typeof fromForm === "string" ? fromForm : "");
}

type Verified = { link: MorningLink; user: { id: string; timezone: string; weekStartsOn: string; units: string }; token: string };

/** The token's check and its runner, or a page saying why not. */
async function verify(request: Request, secret: string | undefined, form: FormData | null): Promise<Verified | Response> {
  const decision = limiter.take(`morning-link:${clientAddress(request.headers)}`);
  if (!decision.allowed) return tooMany(decision.retryAfterSec);
  const token = tokenOf(request, form);
  const link = secret ? verifyMorningLinkToken(secret, token, new Date()) : null;
  if (!link) return invalid();
  const user = await db.user.findUnique({
    where: { id: link.userId },
    select: { id: true, timezone: true, weekStartsOn: true, units: true },
  });
  return user ? { link, user, token } : invalid();
}

/** Why a check is not open: an answer or skip on record, or it closed another way (a morning entry, age). */
async function closedPage(link: MorningLink, status: number): Promise<Response> {
  const handled = await db.morningCheck.count({
    where: { userId: link.userId, runDate: link.runDate, location: link.location, side: link.side },
  });
  return handled > 0 ? alreadyAnswered(status) : noLongerOpen(status);
}

export async function showMorningLinkPage(request: Request, secret: string | undefined): Promise<Response> {
  const verified = await verify(request, secret, null);
  if (verified instanceof Response) return verified;
  const { link, user, token } = verified;
  const today = todayFor(user);
  const open = await loadMorningChecks(db, user.id, today);
  const check = open.find((c) => c.runDate === link.runDate && c.location === link.location && c.side === link.side);
  if (!check) return closedPage(link, 200);

  const action = escapeHtml(`/morning-link?token=${encodeURIComponent(token)}`);
  const scores = Array.from({ length: 11 }, (_, score) => `<button type="submit" name="answer" value="${score}" aria-label="${score} out of 10">${score}</button>`);
  return linkPage(
    200,
    morningQuestion(check),
    `<p>${escapeHtml(morningRunLabel(check.runDate, today))} hurt there. 0 is no pain, 10 the worst you can imagine.</p>` +
      `<form method="post" action="${action}"><div class="taps">${scores.join("")}</div>` +
      '<div class="actions"><button type="submit" name="answer" value="0">No pain</button><button type="submit" name="answer" value="skip">Skip</button></div></form>' +
      "<p>Pain that has not settled by the next morning is the sign to ease off. Your answer is saved as rest-day pain, which you can correct under Pain.</p>",
    { style: STYLE },
  );
}

async function formOf(request: Request): Promise<FormData | null> {
  try {
    return await request.formData();
  } catch {
    return null;
  }
}

export async function answerFromMorningLink(request: Request, secret: string | undefined): Promise<Response> {
  const form = await formOf(request);
  const verified = await verify(request, secret, form);
  if (verified instanceof Response) return verified;
  const { link, user } = verified;
  // Only the answer comes from the form: the run day, place and runner are the token's.
  const raw = form?.get("answer");
  const parsed = MorningAnswerSchema.safeParse({
    runDate: link.runDate,
    location: link.location,
    side: link.side,
    answer: raw === "skip" ? "skip" : typeof raw === "string" && /^\d{1,2}$/.test(raw) ? Number(raw) : raw,
  });
  if (!parsed.success) {
    return linkPage(400, "That answer could not be read", "<p>Go back and tap a score from 0 to 10, No pain or Skip.</p>");
  }
  const saved = await answerMorningCheck(user, parsed.data).catch((error: unknown) => {
    if (error instanceof MorningCheckClosedError) return null;
    throw error;
  });
  if (!saved) return closedPage(link, 409);
  const place = yourLocation(`${link.location}_${link.side}`);
  const raised = saved.newAlerts.map((alert) => `<li>${escapeHtml(describeAlert(alert, { units: user.units as Units }).title)}</li>`);
  const alerts =
    raised.length === 0
      ? ""
      : `<p>This answer raised ${raised.length === 1 ? "an alert" : `${raised.length} alerts`}:</p><ul>${raised.join("")}</ul>` +
        '<p><a href="/alerts">Sign in to see it in Alerts</a>, with what to do about it.</p>';
  return linkPage(200, "Thank you", `<p role="status">${escapeHtml(morningAnswerSaved(place, parsed.data.answer))}</p>${alerts}`);
}
