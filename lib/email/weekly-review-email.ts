// The weekly review email (issue 9): the week just ended, its change on the week before, the open
// alerts, next week's range and a link to the review page.
import { DISCLAIMER, describeAlert, formatDistance, type DistanceUnits } from "../advice";
import { formatNumber } from "../advice/format";
import type { Alert, LocalDate } from "../analysis/types";
import type { NextWeekPlan } from "../analysis/next-week";
import { formatWeekRange } from "../format-dates";
import { appLink, footerBlocks, renderEmail, type EmailBlock, type FooterLinks, type RenderedEmail } from "./layout";

/** More than this many alerts in an email is a wall of text; the alert centre has the rest. */
const MAX_ALERTS_LISTED = 5;

export type WeeklyReviewInput = {
  weekStart: LocalDate;
  weekLabel: string;
  week: { km: number; runs: number; longestKm: number; maxPain: number };
  /** The week before; null when it was before the runner's first run. */
  previousWeek: { km: number } | null;
  /** Open alerts, most severe first. */
  openAlerts: Alert[];
  nextWeek: Pick<NextWeekPlan, "mode" | "weeklyKm" | "longestRunKm"> | null;
  units: DistanceUnits;
  links: FooterLinks;
};

/** A week with no runs and nothing open has nothing to review: no email rather than an empty one. */
export function shouldSendWeeklyReview(input: Pick<WeeklyReviewInput, "week" | "openAlerts">): boolean {
  return input.week.runs > 0 || input.openAlerts.length > 0;
}

function describeChange(km: number, previousKm: number | undefined, units: DistanceUnits): string {
  if (previousKm === undefined) return "your first week";
  if (previousKm === 0) return km === 0 ? "no running either week" : "up from no running the week before";
  const difference = km - previousKm;
  const percent = Math.round((difference / previousKm) * 100);
  if (Math.abs(difference) < 0.05) return "the same as the week before";
  const sign = difference > 0 ? "+" : "−";
  return `${sign}${formatDistance(Math.abs(difference), units)} (${sign}${Math.abs(percent)}%) on the week before`;
}

function describeNextWeek(plan: NonNullable<WeeklyReviewInput["nextWeek"]>, units: DistanceUnits): string {
  if (!plan.weeklyKm) {
    return "There are no recent weeks to base a range on: start gently, with short easy runs.";
  }
  const range = `${formatDistance(plan.weeklyKm.low, units)} to ${formatDistance(plan.weeklyKm.high, units)}`;
  const longest = plan.longestRunKm === null ? "" : `, with no run longer than ${formatDistance(plan.longestRunKm, units)}`;
  if (plan.mode === "reduce") return `Cut back to ${range} this week${longest}, while the pain is checked.`;
  if (plan.mode === "hold") return `Hold at ${range} this week${longest}, until the pain settles.`;
  return `${range} this week keeps you within Stridewise's load rules${longest}.`;
}

export function buildWeeklyReviewEmail(input: WeeklyReviewInput): RenderedEmail {
  const { week, units } = input;
  const range = formatWeekRange(input.weekStart);
  const facts: [string, string][] = [
    ["Distance", formatDistance(week.km, units)],
    ["Runs", String(week.runs)],
    ["Change", describeChange(week.km, input.previousWeek?.km, units)],
  ];
  if (week.runs > 0) facts.push(["Longest run", formatDistance(week.longestKm, units)]);
  if (week.maxPain > 0) facts.push(["Highest pain", `${formatNumber(week.maxPain)}/10`]);

  const blocks: EmailBlock[] = [{ kind: "heading", text: `Your week of ${range}` }, { kind: "facts", rows: facts }];

  blocks.push({ kind: "heading", text: "Open alerts" });
  if (input.openAlerts.length === 0) {
    blocks.push({ kind: "paragraph", text: "Nothing open: no warnings about your load, pain or shoes." });
  } else {
    const listed = input.openAlerts.slice(0, MAX_ALERTS_LISTED).map((alert) => {
      const wording = describeAlert(alert, { units });
      return `${wording.title}: ${wording.explanation}`;
    });
    const more = input.openAlerts.length - listed.length;
    if (more > 0) listed.push(`and ${more} more in the alert centre`);
    blocks.push({ kind: "list", items: listed });
    blocks.push({ kind: "link", label: "Open your alerts", url: appLink(input.links.appUrl, "/alerts") });
  }

  // The plan comes from lib/analysis/next-week.ts (issue 4), the same one the review page shows.
  if (input.nextWeek) {
    blocks.push({ kind: "heading", text: "The week ahead" }, { kind: "paragraph", text: describeNextWeek(input.nextWeek, units) });
  }

  blocks.push(
    { kind: "link", label: "See the full review", url: appLink(input.links.appUrl, `/review/${input.weekLabel}`) },
    { kind: "paragraph", text: DISCLAIMER },
  );
  return renderEmail({
    subject: `Stridewise: your week of ${range}`,
    blocks,
    footer: footerBlocks(
      "You get this email because you asked Stridewise for a weekly review, sent at 07:00 on the first day of your week.",
      input.links,
    ),
  });
}
