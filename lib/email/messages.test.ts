import { describe, expect, it } from "vitest";
import type { Alert } from "../analysis/types";
import { buildHighAlertEmail, qualifiesForHighAlertEmail } from "./high-alert-email";
import { escapeHtml, type FooterLinks, type RenderedEmail } from "./layout";
import { buildMorningCheckEmail } from "./morning-check-email";
import { buildWeeklyReviewEmail, shouldSendWeeklyReview, type WeeklyReviewInput } from "./weekly-review-email";

const links: FooterLinks = {
  appUrl: "https://run.example.org",
  unsubscribeUrl: "https://run.example.org/unsubscribe?token=u1.unsubscribe-high-alerts.sig",
  unsubscribeAllUrl: "https://run.example.org/unsubscribe?token=u1.unsubscribe-all.sig",
};

function alert(partial: Partial<Alert> & Pick<Alert, "rule" | "severity">): Alert {
  return { key: "knee_left", asOf: "2025-02-23", data: {}, advice: [], ...partial };
}

const persist = alert({
  rule: "PAIN_PERSIST",
  severity: "high",
  data: { painfulRuns: 4, recentRuns: 5, spanDays: 18, firstDate: "2025-02-03", lastDate: "2025-02-21" },
  advice: ["see-a-professional", "knee"],
});

/** Every URL in the HTML: only links to the app, no images, stylesheets, scripts or CSS urls. */
function expectSelfContained(email: RenderedEmail) {
  expect(email.html).not.toMatch(/<img|<link|<script|<iframe|src=|url\(|@import/i);
  const hrefs = [...email.html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^https:\/\/run\.example\.org\//);
}

describe("which alerts are emailed", () => {
  it.each([
    ["PAIN_PERSIST", "high", true],
    ["PAIN_REDFLAG", "high", true],
    ["PAIN_SINGLE", "high", true],
    ["PAIN_SINGLE", "warning", false],
    ["SPIKE", "high", true],
    ["SPIKE", "warning", false],
    ["WEEKLY_INCREASE", "warning", false],
    ["PAIN_RECUR", "warning", false],
  ] as const)("%s at %s: %s", (rule, severity, expected) => {
    expect(qualifiesForHighAlertEmail({ rule, severity })).toBe(expected);
  });
});

describe("the high-alert email", () => {
  it("says what was found, with the numbers, the signs that need a professional and the way out", () => {
    const email = buildHighAlertEmail(persist, { units: "km", links });
    expect(email.subject).toBe("Stridewise: the pain in your left knee has lasted over two weeks");
    for (const body of [email.text, email.html]) {
      expect(body).toContain("4 of your last 5 runs, spread over 18 days (3 Feb to 21 Feb)");
      expect(body).toContain("Book an appointment if the pain has lasted more than two weeks.");
      expect(body).toContain("not a medical diagnosis");
      expect(body).toContain("A plan for knee pain");
      expect(body).toContain("https://run.example.org/alerts");
      expect(body).toContain("https://run.example.org/unsubscribe?token=u1.unsubscribe-high-alerts.sig");
      expect(body).toContain("https://run.example.org/unsubscribe?token=u1.unsubscribe-all.sig");
    }
    expectSelfContained(email);
  });

  it("gives a long-run spike its own advice, not the see-a-doctor section meant for pain", () => {
    const spike = alert({
      rule: "SPIKE",
      severity: "high",
      key: "run1",
      data: { runKm: 16, longest30Km: 7.5, ratio: 2.13, date: "2025-02-22" },
      advice: ["long-run-steps"],
    });
    const email = buildHighAlertEmail(spike, { units: "km", links });
    const sentence = "Saturday's 16 km is 2.1 times your longest run of the 30 days before it, 7.5 km.";
    expect(email.text).toContain(sentence);
    expect(email.html).toContain(escapeHtml(sentence));
    for (const body of [email.text, email.html]) {
      expect(body).toContain("Lengthen your long run in small steps");
      expect(body).not.toContain("When to see a doctor or physiotherapist");
      expect(body).not.toContain("Book an appointment");
    }
  });

  it("words each kind of high alert in its subject, in the runner's units", () => {
    const spike = alert({ rule: "SPIKE", severity: "high", key: "run1", data: { runKm: 25, longest30Km: 10, ratio: 2.5 } });
    expect(buildHighAlertEmail(spike, { units: "mi", links }).subject).toBe(
      "Stridewise: your 15.5 mi run was more than twice your recent longest",
    );
    const single = alert({ rule: "PAIN_SINGLE", severity: "high", key: "knee_both", data: { score: 8 } });
    expect(buildHighAlertEmail(single, { units: "km", links }).subject).toBe(
      "Stridewise: you scored the pain in both knees 8/10",
    );
    const flag = alert({ rule: "PAIN_REDFLAG", severity: "high", key: "shin_right", data: { flags: "swelling", score: 4 } });
    expect(buildHighAlertEmail(flag, { units: "km", links }).subject).toBe(
      "Stridewise: a warning sign with the pain in your right shin",
    );
  });

  it("escapes every value it puts into the HTML", () => {
    const hostile = alert({ rule: "PAIN_PERSIST", severity: "high", key: "<script>x</script>_left", data: persist.data });
    const email = buildHighAlertEmail(hostile, { units: "km", links });
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain(escapeHtml("<script>x</script>"));
    expect(escapeHtml(`"'&<>`)).toBe("&quot;&#39;&amp;&lt;&gt;");
  });
});

function weekly(partial: Partial<WeeklyReviewInput> = {}): WeeklyReviewInput {
  return {
    weekStart: "2025-02-17",
    weekLabel: "2025-W08",
    week: { km: 32.5, runs: 4, longestKm: 14, maxPain: 4 },
    previousWeek: { km: 28 },
    openAlerts: [persist],
    nextWeek: { mode: "reduce", weeklyKm: { low: 14.5, high: 23.2 }, longestRunKm: 11.2 },
    units: "km",
    links: { ...links, unsubscribeUrl: "https://run.example.org/unsubscribe?token=u1.unsubscribe-weekly.sig" },
    ...partial,
  };
}

describe("the weekly review email", () => {
  it("gives the totals, the change, the open alerts, the week ahead and the review link", () => {
    const email = buildWeeklyReviewEmail(weekly());
    expect(email.subject).toBe("Stridewise: your week of 17–23 Feb 2025");
    for (const body of [email.text, email.html]) {
      expect(body).toContain("32.5 km");
      expect(body).toContain("+4.5 km (+16%) on the week before");
      expect(body).toContain("14 km");
      expect(body).toContain("Persistent pain: left knee");
      expect(body).toContain("Cut back to 14.5 km to 23.2 km this week, with no run longer than 11.2 km");
      expect(body).toContain("https://run.example.org/review/2025-W08");
      expect(body).toContain("unsubscribe-weekly");
    }
    expect(email.text).toContain("Change: +4.5 km (+16%) on the week before");
    expectSelfContained(email);
  });

  it("words a drop, a first week and a quiet week with nothing open", () => {
    expect(buildWeeklyReviewEmail(weekly({ week: { km: 20, runs: 3, longestKm: 8, maxPain: 0 } })).text).toContain(
      "−8 km (−29%) on the week before",
    );
    expect(buildWeeklyReviewEmail(weekly({ previousWeek: null })).text).toContain("Change: your first week");
    const quiet = buildWeeklyReviewEmail(
      weekly({
        week: { km: 30, runs: 3, longestKm: 12, maxPain: 0 },
        openAlerts: [],
        nextWeek: { mode: "build", weeklyKm: { low: 26, high: 36.4 }, longestRunKm: 15.4 },
      }),
    );
    expect(quiet.text).toContain("Nothing open");
    expect(quiet.text).toContain("26 km to 36.4 km this week keeps you within Stridewise's load rules");
    expect(quiet.text).not.toContain("Highest pain");
  });

  it("is skipped for a week with no runs and no open alerts, and sent if either is there", () => {
    const noRuns = { km: 0, runs: 0, longestKm: 0, maxPain: 0 };
    expect(shouldSendWeeklyReview({ week: noRuns, openAlerts: [] })).toBe(false);
    expect(shouldSendWeeklyReview({ week: noRuns, openAlerts: [persist] })).toBe(true);
    expect(shouldSendWeeklyReview({ week: weekly().week, openAlerts: [] })).toBe(true);
  });
});

describe("the morning check email", () => {
  const morningLinks = { ...links, unsubscribeUrl: "https://run.example.org/unsubscribe?token=u1.unsubscribe-morning-check.sig" };
  const knee = {
    question: "How does your left knee feel this morning?",
    runLabel: "Yesterday's run",
    url: "https://run.example.org/morning-link?token=u1.2026-11-30.knee_left.1796252400.sig",
  };

  it("asks the question with its one link, the disclaimer and the way out, and nothing more", () => {
    const email = buildMorningCheckEmail({ questions: [knee], links: morningLinks });
    expect(email.subject).toBe("Stridewise: how does your left knee feel this morning?");
    expect(email.text).toContain("Yesterday's run hurt there.");
    expect(email.html).toContain(escapeHtml("Yesterday's run hurt there."));
    for (const body of [email.text, email.html]) {
      expect(body).toContain("How does your left knee feel this morning?");
      expect(body).toContain("not a medical diagnosis");
      expect(body).toContain("opening it alone saves nothing");
      expect(body).toContain("https://run.example.org/unsubscribe?token=u1.unsubscribe-morning-check.sig");
      expect(body).toContain("https://run.example.org/unsubscribe?token=u1.unsubscribe-all.sig");
    }
    expect(email.text).toContain(`Answer in one tap: ${knee.url}`);
    expect(email.html).toContain(`href="${escapeHtml(knee.url)}"`);
    // Short: no alerts, no advice lists, no numbers beyond the question.
    expect(email.text.length).toBeLessThan(1200);
    expectSelfContained(email);
  });

  it("asks one question per open check, each with its own link", () => {
    const shin = { question: "How does your right shin feel this morning?", runLabel: "Sunday's run", url: "https://run.example.org/morning-link?token=u1.2026-11-29.shin_right.1796252400.sig" };
    const email = buildMorningCheckEmail({ questions: [knee, shin], links: morningLinks });
    expect(email.subject).toBe("Stridewise: your morning check (2 questions)");
    expect(email.text).toContain(`Answer in one tap: ${knee.url}`);
    expect(email.text).toContain("Sunday's run hurt there.");
    expect(email.text).toContain(`Answer in one tap: ${shin.url}`);
    expect(() => buildMorningCheckEmail({ questions: [], links: morningLinks })).toThrow(RangeError);
  });
});
