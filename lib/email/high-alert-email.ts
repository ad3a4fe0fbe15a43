// The email sent when a high alert is raised (issue 9): what was found, the numbers behind it, the
// signs that need a professional, and a link to the alert centre.
import { ADVICE, DISCLAIMER, describeAlert, getAdvice, formatDistance, type DistanceUnits } from "../advice";
import { formatNumber, yourLocation } from "../advice/format";
import type { Alert, RuleId } from "../analysis/types";
import { appLink, footerBlocks, renderEmail, type EmailBlock, type FooterLinks, type RenderedEmail } from "./layout";

/**
 * The alerts worth an email: persistent pain, a warning sign, a pain score of 8 or more, and a run more
 * than twice the 30-day longest. These are every rule the analyser can raise at "high"; a rule that
 * later gains a high level is not emailed until it is added here on purpose.
 */
export const HIGH_ALERT_EMAIL_RULES: readonly RuleId[] = ["PAIN_PERSIST", "PAIN_REDFLAG", "PAIN_SINGLE", "SPIKE"];

export function qualifiesForHighAlertEmail(alert: Pick<Alert, "rule" | "severity">): boolean {
  return alert.severity === "high" && HIGH_ALERT_EMAIL_RULES.includes(alert.rule);
}

function subjectFor(alert: Alert, units: DistanceUnits, title: string): string {
  const where = yourLocation(alert.key);
  const number = (field: string) => {
    const value = alert.data[field];
    return typeof value === "number" && Number.isFinite(value) ? value : undefined;
  };
  switch (alert.rule) {
    case "PAIN_PERSIST":
      return `Stridewise: the pain in ${where} has lasted over two weeks`;
    case "PAIN_REDFLAG":
      return `Stridewise: a warning sign with the pain in ${where}`;
    case "PAIN_SINGLE": {
      const score = number("score");
      return score === undefined
        ? `Stridewise: severe pain in ${where}`
        : `Stridewise: you scored the pain in ${where} ${formatNumber(score)}/10`;
    }
    case "SPIKE": {
      const runKm = number("runKm");
      return runKm === undefined
        ? "Stridewise: a run more than twice your recent longest"
        : `Stridewise: your ${formatDistance(runKm, units)} run was more than twice your recent longest`;
    }
    default:
      return `Stridewise: ${title}`;
  }
}

export function buildHighAlertEmail(
  alert: Alert,
  options: { units: DistanceUnits; links: FooterLinks },
): RenderedEmail {
  const wording = describeAlert(alert, { units: options.units });
  const professional = ADVICE["see-a-professional"];
  const otherAdvice = getAdvice(alert.advice).filter((advice) => advice.id !== professional.id);
  const blocks: EmailBlock[] = [
    { kind: "heading", text: wording.title },
    { kind: "paragraph", text: wording.explanation },
  ];
  // Only the alerts that advise it (pain, warning signs) carry the signs that need a professional: a
  // long-run spike without pain is about the next long run, not about seeing a doctor.
  if (alert.advice.includes(professional.id)) {
    blocks.push(
      { kind: "heading", text: "When to see a doctor or physiotherapist" },
      { kind: "paragraph", text: professional.summary },
      { kind: "list", items: professional.points },
    );
  }
  if (otherAdvice.length > 0) {
    blocks.push(
      { kind: "heading", text: "What helps" },
      { kind: "list", items: otherAdvice.map((advice) => `${advice.title}: ${advice.summary}`) },
    );
  }
  blocks.push(
    { kind: "link", label: "Open your alerts in Stridewise", url: appLink(options.links.appUrl, "/alerts") },
    { kind: "paragraph", text: DISCLAIMER },
  );
  return renderEmail({
    subject: subjectFor(alert, options.units, wording.title),
    blocks,
    footer: footerBlocks(
      "You get this email because you asked Stridewise to email you when it raises a high alert. It is sent once per alert.",
      options.links,
    ),
  });
}
