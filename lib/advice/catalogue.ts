import type { AdviceId } from "../analysis/types";
import { LOAD_ADVICE } from "./content-load";
import { LOCATION_ADVICE } from "./content-location";
import { PAIN_ADVICE } from "./content-pain";
import { PREVENTION_ADVICE } from "./content-prevention";
import type { Advice } from "./types";

// Typed as the full record so that adding an AdviceId in types.ts without content fails the typecheck.
export const ADVICE: Record<AdviceId, Advice> = {
  ...LOAD_ADVICE,
  ...PAIN_ADVICE,
  ...PREVENTION_ADVICE,
  ...LOCATION_ADVICE,
};

/**
 * The general tips shown on the advice page. long-run-steps and return-to-running are prevention too,
 * but they only make sense next to the alert that points at them, so they are not listed here.
 */
export const PREVENTION_ADVICE_IDS = [
  "gradual-progression",
  "footwear",
  "running-form",
  "strength-training",
  "stretching-and-mobility",
] as const satisfies readonly AdviceId[];

/** The general "what to do when it hurts" tips; pain-monitoring is reached through the pain alerts. */
export const MANAGEMENT_ADVICE_IDS = [
  "rest-and-recovery",
  "ice-and-compression",
  "anti-inflammatories",
  "physical-therapy",
] as const satisfies readonly AdviceId[];

export const DISCLAIMER =
  "Stridewise gives general training guidance, not a medical diagnosis. " +
  "If pain is severe or does not go away, see a doctor or physiotherapist.";

/**
 * The advice for a list of ids, in the order given, each id once (alerts often share advice). Ids that
 * arrive from stored alerts are only typed as AdviceId, so an unknown one is skipped rather than
 * returned as undefined.
 */
export function getAdvice(ids: readonly AdviceId[]): Advice[] {
  return [...new Set(ids)].filter((id) => Object.hasOwn(ADVICE, id)).map((id) => ADVICE[id]);
}
