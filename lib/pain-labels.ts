// How pain locations, sides and warning signs read in the interface.
import type { PainLocation, PainSide, PainTiming, RedFlag, RunType } from "./analysis/types";

export const LOCATION_LABEL: Record<PainLocation, string> = {
  knee: "Knee",
  shin: "Shin",
  achilles: "Achilles",
  calf: "Calf",
  foot: "Foot",
  ankle: "Ankle",
  hip: "Hip",
  hamstring: "Hamstring",
  quad: "Quad",
  it_band: "IT band",
  back: "Back",
  other: "Other",
};

export const SIDE_LABEL: Record<PainSide, string> = {
  left: "Left",
  right: "Right",
  both: "Both",
  none: "No side",
};

export const TIMING_LABEL: Record<PainTiming, string> = {
  before: "Before the run",
  during: "During the run",
  after: "After the run",
  next_morning: "Next morning",
};

export const RED_FLAG_LABEL: Record<RedFlag, string> = {
  restPain: "Pain at rest",
  nightPain: "Pain at night",
  swelling: "Swelling",
  limping: "Limping",
  worseDuringRun: "Got worse during the run",
  boneTenderness: "One spot on the bone is tender to touch",
};

export const RUN_TYPE_LABEL: Record<RunType, string> = {
  easy: "Easy",
  long: "Long",
  tempo: "Tempo",
  intervals: "Intervals",
  race: "Race",
  recovery: "Recovery",
  trail: "Trail",
  treadmill: "Treadmill",
  other: "Other",
};

/** "Left knee", "Back". */
export function painPlace(location: PainLocation, side: PainSide): string {
  const place = LOCATION_LABEL[location].toLowerCase().replace("it band", "IT band");
  return side === "none" ? LOCATION_LABEL[location] : `${SIDE_LABEL[side]} ${place}`;
}
