// The unsubscribe link end to end: taken from an email the SMTP server received, opened (GET shows a
// button and changes nothing), then used (POST, as a browser form or a mail client's one-click).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../generated/prisma/client";
import { readEmailConfig, type EmailConfig } from "./config";
import { enqueueEmail, footerLinksFor } from "./outbox";
import { createMailTransport } from "./transport";
import { createTestDatabase, createTestUser, type TestDatabase } from "../test-db";
import { startTestSmtpServer, testEmailEnv, type TestSmtpServer } from "./test-smtp";
import { performUnsubscribe, showUnsubscribePage } from "./unsubscribe-handler";
import { sendDueEmails } from "./worker";
import { buildWeeklyReviewEmail } from "../../email/weekly-review-email";

const silent = { info: () => {}, warn: () => {}, error: () => {} };
let smtp: TestSmtpServer;
let test: TestDatabase;
let db: PrismaClient;
let config: EmailConfig;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  config = readEmailConfig(testEmailEnv(smtp.port))!;
});
afterAll(() => smtp.close());
beforeEach(async () => {
  test = await createTestDatabase();
  db = test.db;
  smtp.received.length = 0;
});
afterEach(() => test.cleanup());

/** Sends a weekly review to a runner who opted in to both emails; returns the runner and the mail. */
async function receiveWeeklyReview() {
  const user = await createTestUser(db, { emailHighAlerts: true, emailWeeklyReview: true, emailMorningCheck: true });
  const email = buildWeeklyReviewEmail({
    weekStart: "2025-02-17",
    weekLabel: "2025-W08",
    week: { km: 20, runs: 3, longestKm: 9, maxPain: 0 },
    previousWeek: { km: 18 },
    openAlerts: [],
    nextWeek: null,
    units: "km",
    links: footerLinksFor(config, user.id, "weekly-review"),
  });
  await enqueueEmail(db, { userId: user.id, kind: "weekly-review", dedupeKey: `weekly-review:${user.id}:2025-02-17`, toAddress: user.email, ...email });
  await sendDueEmails(db, createMailTransport(config), config, silent);
  const mail = smtp.received.at(-1)!;
  const header = /^<(.+)>$/.exec(mail.header("list-unsubscribe") ?? "")![1]!;
  const links = [...mail.body.matchAll(/https:\/\/run\.example\.org\/unsubscribe\?token=[A-Za-z0-9._-]+/g)].map((m) => m[0]);
  return { user, header, links };
}

const settingsOf = (id: string) =>
  db.user.findUniqueOrThrow({ where: { id }, select: { emailHighAlerts: true, emailWeeklyReview: true, emailMorningCheck: true } });

describe("the unsubscribe link", () => {
  it("stops only the morning check email with the morning check's link", async () => {
    const user = await createTestUser(db, { emailHighAlerts: true, emailWeeklyReview: true, emailMorningCheck: true });
    const link = footerLinksFor(config, user.id, "morning-check").unsubscribeUrl;
    expect(link).toContain(".unsubscribe-morning-check.");
    expect(await showUnsubscribePage(new Request(link), config.secret).text()).toContain("Stop the morning check email?");
    const response = await performUnsubscribe(new Request(link, { method: "POST", body: "List-Unsubscribe=One-Click" }), db, config.secret);
    expect(await response.text()).toContain("You will no longer get the morning check email.");
    expect(await settingsOf(user.id)).toEqual({ emailHighAlerts: true, emailWeeklyReview: true, emailMorningCheck: false });
  });

  it("is in the email and its header; opening it asks, and one-click POST switches the weekly email off", async () => {
    const { user, header, links } = await receiveWeeklyReview();
    expect(links).toContain(header);
    expect(header).toContain(".unsubscribe-weekly.");

    const opened = showUnsubscribePage(new Request(header), config.secret);
    expect(opened.status).toBe(200);
    const page = await opened.text();
    expect(page).toContain('<form method="post"');
    expect(page).toContain("Stop the weekly review email?");
    expect(await settingsOf(user.id)).toEqual({ emailHighAlerts: true, emailWeeklyReview: true, emailMorningCheck: true });

    // RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" to the header's URL, without a session.
    const oneClick = await performUnsubscribe(
      new Request(header, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      }),
      db,
      config.secret,
    );
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain("You will no longer get the weekly review email.");
    expect(await settingsOf(user.id)).toEqual({ emailHighAlerts: true, emailWeeklyReview: false, emailMorningCheck: true });
  });

  it("stops every email with the 'all' link, posted from the confirmation page's form", async () => {
    const { user, links } = await receiveWeeklyReview();
    const all = links.find((link) => link.includes(".unsubscribe-all."))!;
    const form = new FormData();
    form.set("token", new URL(all).searchParams.get("token")!);
    const response = await performUnsubscribe(new Request("https://run.example.org/unsubscribe", { method: "POST", body: form }), db, config.secret);
    expect(response.status).toBe(200);
    expect(await settingsOf(user.id)).toEqual({ emailHighAlerts: false, emailWeeklyReview: false, emailMorningCheck: false });
  });

  it("rejects a link whose purpose was changed, that was tampered with, or signed with another secret", async () => {
    const { user, header } = await receiveWeeklyReview();
    const post = (url: string, secret = config.secret) =>
      performUnsubscribe(new Request(url, { method: "POST", body: "List-Unsubscribe=One-Click" }), db, secret);

    expect((await post(header.replace(".unsubscribe-weekly.", ".unsubscribe-all."))).status).toBe(400);
    expect((await post(header.replace(/.$/, (c) => (c === "A" ? "B" : "A")))).status).toBe(400);
    expect((await post(header, "a-different-secret-of-some-length"))).toHaveProperty("status", 400);
    expect((await post("https://run.example.org/unsubscribe")).status).toBe(400);
    expect(showUnsubscribePage(new Request(header), undefined).status).toBe(400);
    expect(await settingsOf(user.id)).toEqual({ emailHighAlerts: true, emailWeeklyReview: true, emailMorningCheck: true });
  });
});
