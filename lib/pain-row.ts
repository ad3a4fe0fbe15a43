// A stored pain row (strings and flags as SQLite keeps them) as the analyser's and the log format's
// pain entry. The database only ever holds values that passed PainInputSchema.
import type { PainEntry, PainLocation, PainSide, PainTiming } from "./analysis/types";

export type PainRow = {
  location: string;
  side: string;
  score: number;
  timing: string;
  restPain: boolean;
  nightPain: boolean;
  swelling: boolean;
  limping: boolean;
  worseDuringRun: boolean;
  boneTenderness: boolean;
};

export function painEntryFromRow(row: PainRow): PainEntry {
  return {
    location: row.location as PainLocation,
    side: row.side as PainSide,
    score: row.score,
    timing: row.timing as PainTiming,
    restPain: row.restPain,
    nightPain: row.nightPain,
    swelling: row.swelling,
    limping: row.limping,
    worseDuringRun: row.worseDuringRun,
    boneTenderness: row.boneTenderness,
  };
}
