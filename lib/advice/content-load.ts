import type { AdviceSlice } from "./types";

// How much to run: the advice behind the load rules (WEEKLY_INCREASE, ACWR, SPIKE, RETURN).
export const LOAD_ADVICE: AdviceSlice<"gradual-progression" | "long-run-steps" | "return-to-running"> = {
  "gradual-progression": {
    id: "gradual-progression",
    title: "Build your weekly distance gradually",
    summary:
      "Higher weekly totals are fine when you reach them in modest steps and let each step settle before the next.",
    points: [
      "Raise your weekly total in small steps, then hold it for a week before adding more.",
      "Treat \"10% a week\" as a handy planning habit, not a proven safety line: in a trial with 532 beginners, a 10% plan and a faster plan had almost the same injury rate.",
      "Avoid weekly jumps of more than 30%: in a large cohort they went with more knee, IT-band and shin problems.",
      "In any one week, add distance or intensity, not both.",
    ],
    category: "prevention",
    evidence: "Buist et al. 2008, AJSM; Nielsen et al. 2014, JOSPT; Damsted et al. 2019, JOSPT",
  },
  "long-run-steps": {
    id: "long-run-steps",
    title: "Lengthen your long run in small steps",
    summary: "Keep every run within about 10% of the longest run you have done in the last 30 days.",
    points: [
      "Before a long run, look up your longest run of the past 30 days and stay within roughly 10% of it.",
      "In a study of more than 5,000 runners, injury risk rose after single runs over 10% longer than that figure, and more than doubled after runs twice as long.",
      "A steady weekly total does not make one much longer run safe: the size of the single run counts on its own.",
      "If an event needs a longer run, add the extra distance over several weeks.",
    ],
    category: "prevention",
    evidence: "Frandsen et al. 2025, BJSM",
  },
  "return-to-running": {
    id: "return-to-running",
    title: "Come back from a break step by step",
    summary:
      "After two or more weeks without running, restart at about half your old weekly distance and rebuild over two to four weeks.",
    points: [
      "Keep your first week back to no more than about half the weekly distance you ran before the break.",
      "Run every other day at first, so each run is followed by a day off.",
      "Mix walking breaks into your runs (walk-run) if running the whole way feels like too much.",
      "Rebuild to your old level over two to four weeks rather than in one go.",
      "Save the long run for later: come back with short, easy runs.",
    ],
    category: "prevention",
  },
};
