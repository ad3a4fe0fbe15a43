import type { AdviceId } from "../analysis/types";

/**
 * Where an advice entry is shown: general prevention tips, how to manage a sore spot, the signs that
 * need a professional, or the plan for one body location.
 */
export type AdviceCategory = "prevention" | "management" | "warning-signs" | "location";

export type Advice = {
  id: AdviceId;
  title: string;
  /** One sentence. */
  summary: string;
  /** Three to five short, actionable points. */
  points: string[];
  category: AdviceCategory;
  /** The study behind the numbers, as cited in ANALYSIS-RULES; absent where the advice is a design choice. */
  evidence?: string;
};

/** A slice of the advice catalogue; the compiler checks each slice holds exactly the ids it names. */
export type AdviceSlice<K extends AdviceId> = { [Id in K]: Advice & { id: Id } };
