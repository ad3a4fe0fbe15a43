// The morning check in words, the same on the dashboard, in the API and in the email.
import { weekdayOf, yourLocation } from "../advice/format";
import { daysBetween } from "../analysis/dates";
import type { LocalDate } from "../analysis/types";
import type { PendingMorningCheck } from "./pending";

/** "How does your left knee feel this morning?" */
export function morningQuestion(check: Pick<PendingMorningCheck, "key">): string {
  const place = yourLocation(check.key);
  return `How ${place.startsWith("both ") ? "do" : "does"} ${place} feel this morning?`;
}

/** "Yesterday's run" the morning after, "Sunday's run" the morning after that. */
export function morningRunLabel(runDate: LocalDate, today: LocalDate): string {
  if (daysBetween(runDate, today) === 1) return "Yesterday's run";
  const weekday = weekdayOf(runDate);
  return weekday ? `${weekday}'s run` : "A recent run";
}

/** What an answer saved, in the runner's words: "Saved: your left knee at 4/10 this morning." */
export function morningAnswerSaved(place: string, answer: number | "skip"): string {
  if (answer === "skip") return `Skipped the question about ${place}.`;
  if (answer === 0) return `Saved: no pain in ${place} this morning.`;
  return `Saved: ${place} at ${answer}/10 this morning.`;
}
