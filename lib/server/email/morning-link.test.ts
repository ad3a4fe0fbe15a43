// The morning link end to end: taken from the email the SMTP server received, opened (GET shows the
// question and changes nothing: mail scanners open links), then tapped (POST answers it, once).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { addDays, localDateOf } from "../../analysis/dates";
import { morningLinkUrl, signMorningLinkToken } from "../../email/morning-link-token";
import { createMailTransport } from "./transport";
import { createTestUser } from "../test-db";
import { silentLogger, emailTestBed } from "./test-bed";
import { zoneWhereItIsMorning } from "./test-morning";
import { sendDueEmails } from "./worker";
import { queueDueMorningChecks } from "./morning-check";

// The handler is app code: "server-only", and answerMorningCheck writes through the app's db singleton,
// which here is this test's database.
const current = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock("server-only", () => ({}));
vi.mock("../db", () => ({
  get db() {
    return current.db;
  },
}));
const { answerFromMorningLink, showMorningLinkPage } = await import("./morning-link-handler");

const bed = emailTestBed();
beforeEach(() => {
  current.db = bed.db;
});

/** A runner for whom it is morning now, with left-knee pain on yesterday's run, opted in to the email. */
async function runnerWithSoreKnee() {
  const timezone = zoneWhereItIsMorning();
  const user = await createTestUser(bed.db, { timezone, emailMorningCheck: true });
  const yesterday = addDays(localDateOf(new Date(), timezone), -1);
  await bed.db.run.create({
    data: {
      userId: user.id,
      localDate: yesterday,
      distanceM: 8000,
      pain: { create: [{ userId: user.id, localDate: yesterday, location: "knee", side: "left", score: 3 }] },
    },
  });
  return { user, yesterday };
}

/** Queues and sends the morning emails due now; returns the morning link in the runner's email. */
async function morningLinkFor(email: string): Promise<string> {
  await queueDueMorningChecks(bed.db, bed.config, new Date());
  await sendDueEmails(bed.db, createMailTransport(bed.config), bed.config, silentLogger);
  const mail = bed.smtp.received.find((received) => received.to.includes(email))!;
  return /https:\/\/run\.example\.org\/morning-link\?token=[A-Za-z0-9._-]+/.exec(mail.body)![0];
}

function tap(url: string, answer: string) {
  const form = new FormData();
  form.set("answer", answer);
  return answerFromMorningLink(new Request(url, { method: "POST", body: form }), bed.config.secret);
}

const mornings = (userId: string) =>
  bed.db.painEntry.findMany({ where: { userId, timing: "next_morning" }, select: { score: true, localDate: true, runId: true } });

describe("the morning link", () => {
  it("opens the question without changing anything, answers on the first tap, and refuses a second", async () => {
    const { user } = await runnerWithSoreKnee();
    const link = await morningLinkFor(user.email);

    for (let i = 0; i < 2; i++) {
      const opened = await showMorningLinkPage(new Request(link), bed.config.secret);
      expect(opened.status).toBe(200);
      expect(opened.headers.get("referrer-policy")).toBe("no-referrer");
      expect(opened.headers.get("x-robots-tag")).toBe("noindex");
      const page = await opened.text();
      expect(page).toContain("How does your left knee feel this morning?");
      expect(page).toContain('<form method="post"');
      expect(page).toContain('aria-label="4 out of 10"');
      expect(page).toContain(">No pain</button>");
      expect(page).toContain(">Skip</button>");
      expect(page).not.toContain("<script");
    }
    expect(await mornings(user.id)).toEqual([]);
    expect(await bed.db.morningCheck.count()).toBe(0);

    const answered = await tap(link, "4");
    expect(answered.status).toBe(200);
    const saved = await answered.text();
    expect(saved).toContain("Saved: your left knee at 4/10 this morning.");
    // 4/10 the next morning raises PAIN_MORNING, and the page says so, with the way to the alert centre.
    expect(saved).toContain("Pain the next morning: left knee");
    expect(saved).toContain('href="/alerts"');
    const today = localDateOf(new Date(), user.timezone);
    expect(await mornings(user.id)).toEqual([{ score: 4, localDate: today, runId: null }]);
    expect(await bed.db.alert.count({ where: { userId: user.id, rule: "PAIN_MORNING", status: "open" } })).toBe(1);

    const again = await tap(link, "2");
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("This question was already answered; nothing was changed.");
    expect(await mornings(user.id)).toEqual([{ score: 4, localDate: today, runId: null }]);
    expect(await (await showMorningLinkPage(new Request(link), bed.config.secret)).text()).toContain("Already answered");
  });

  it("skips: the check is over, and no pain is recorded", async () => {
    const { user } = await runnerWithSoreKnee();
    const link = await morningLinkFor(user.email);
    const skipped = await tap(link, "skip");
    expect(await skipped.text()).toContain("Skipped the question about your left knee.");
    expect(await mornings(user.id)).toEqual([]);
    expect(await bed.db.morningCheck.findMany({ select: { answer: true } })).toEqual([{ answer: "skipped" }]);
    expect((await tap(link, "3")).status).toBe(409);
  });

  it("answers only the check in its token: another runner's link cannot answer someone else's check", async () => {
    const a = await runnerWithSoreKnee();
    const b = await runnerWithSoreKnee();
    const linkA = await morningLinkFor(a.user.email);
    const linkB = await morningLinkFor(b.user.email);
    expect(linkA).not.toBe(linkB);

    // B's token with A's id in it: the signature no longer matches.
    const forged = linkB.replace(b.user.id, a.user.id);
    expect((await showMorningLinkPage(new Request(forged), bed.config.secret)).status).toBe(400);
    expect((await tap(forged, "9")).status).toBe(400);
    // B's own link, with A's run day and place in the form: only the answer is read from the form.
    const form = new FormData();
    form.set("answer", "1");
    form.set("runDate", a.yesterday);
    form.set("token", new URL(linkA).searchParams.get("token")!);
    const response = await answerFromMorningLink(new Request(linkB, { method: "POST", body: form }), bed.config.secret);
    expect(response.status).toBe(200);
    expect(await mornings(a.user.id)).toEqual([]);
    expect((await mornings(b.user.id)).map((entry) => entry.score)).toEqual([1]);
    // A's question is still open, and A's own link still answers it.
    expect((await tap(linkA, "2")).status).toBe(200);
  });

  it("says a changed, expired or unsigned link does not work, and reads nothing else as an answer", async () => {
    const { user, yesterday } = await runnerWithSoreKnee();
    const link = await morningLinkFor(user.email);
    const expired = morningLinkUrl(
      bed.config.appUrl,
      signMorningLinkToken(bed.config.secret, { userId: user.id, runDate: yesterday, location: "knee", side: "left" }, new Date(Date.now() - 1000)),
    );
    for (const url of [expired, link.replace(/.$/, (c) => (c === "A" ? "B" : "A")), "https://run.example.org/morning-link"]) {
      const opened = await showMorningLinkPage(new Request(url), bed.config.secret);
      expect(opened.status).toBe(400);
      expect(await opened.text()).toContain("This link does not work");
      expect((await tap(url, "5")).status).toBe(400);
    }
    expect((await showMorningLinkPage(new Request(link), undefined)).status).toBe(400);
    expect((await tap(link, "11")).status).toBe(400);
    expect((await tap(link, "4.5")).status).toBe(400);
    expect(await mornings(user.id)).toEqual([]);
    expect(await bed.db.morningCheck.count()).toBe(0);
  });
});
