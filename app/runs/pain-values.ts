// A stored pain entry as the pain fields edit it (the score as the text of its button). Plain, not a
// client module, so the edit pages (server components) can call it.
import type { PainValues } from "./pain-fields";

type StoredPain = Omit<PainValues, "score"> & { score: number };

export function painValuesOf(entry: StoredPain): PainValues {
  return {
    location: entry.location,
    side: entry.side,
    score: String(entry.score),
    timing: entry.timing,
    restPain: entry.restPain,
    nightPain: entry.nightPain,
    swelling: entry.swelling,
    limping: entry.limping,
    worseDuringRun: entry.worseDuringRun,
    boneTenderness: entry.boneTenderness,
  };
}
