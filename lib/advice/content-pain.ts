import type { AdviceSlice } from "./types";

// What to do with pain: the advice behind the pain rules, and the general management tips.
export const PAIN_ADVICE: AdviceSlice<
  | "pain-monitoring"
  | "pain-rising"
  | "see-a-professional"
  | "rest-and-recovery"
  | "ice-and-compression"
  | "anti-inflammatories"
  | "physical-therapy"
> = {
  "pain-monitoring": {
    id: "pain-monitoring",
    title: "Let the pain scale guide your running",
    summary:
      "Pain during a run is acceptable when it stays at 5 out of 10 or below, has gone by the next morning and is not creeping up from week to week.",
    points: [
      "Score your pain from 0 to 10 during the run and again the next morning.",
      "Up to 5/10 while running is acceptable, as long as it has settled by the following morning.",
      "If it goes higher, lasts into the next morning or climbs week by week, cut distance or intensity.",
      "Keep your fitness with low-impact exercise such as cycling or swimming while you ease off.",
      "Go back to your usual running once the pain stays at 2-3/10 or lower.",
    ],
    category: "management",
    evidence: "Silbernagel et al. 2007, AJSM",
  },
  "pain-rising": {
    id: "pain-rising",
    title: "Your pain is rising week on week",
    summary:
      "Pain scores that go up each week mean the sore area is getting more load than it can handle right now.",
    points: [
      "Cut distance or intensity until your pain scores stop climbing.",
      "Keep your weekly total flat until the scores have been stable for a couple of weeks.",
      "Record the score during each run and the next morning, so the trend is easy to see.",
      "If the pain keeps rising after you have cut back, see a doctor or physiotherapist.",
    ],
    category: "warning-signs",
    evidence: "Silbernagel et al. 2007, AJSM",
  },
  "see-a-professional": {
    id: "see-a-professional",
    title: "Have it checked by a professional",
    summary:
      "Some signs point to more than ordinary training soreness, and a doctor or physiotherapist should look at them.",
    points: [
      "Book an appointment if the pain has lasted more than two weeks.",
      "Get it checked if it hurts when you are resting or wakes you at night.",
      "Get it checked if the area is swollen or the pain makes you limp.",
      "Get it checked if the pain grows as a run goes on, or one spot on a bone is very tender to press.",
      "Until it has been checked, run only what stays pain-free, or cross-train instead: the 5/10 guide is for ordinary soreness, not for these signs.",
    ],
    category: "warning-signs",
  },
  "rest-and-recovery": {
    id: "rest-and-recovery",
    title: "Rest and recover",
    summary: "Running less, or not at all for a few days, gives irritated tissue the time it needs to settle.",
    points: [
      "When a pain flares up, cut your weekly distance or take a few days off.",
      "Swap some runs for low-impact exercise such as cycling, swimming or pool running.",
      "Sleep enough and eat enough: your body adapts in the time between sessions.",
      "Come back with shorter, easier runs before you return to your usual plan.",
    ],
    category: "management",
  },
  "ice-and-compression": {
    id: "ice-and-compression",
    title: "Cold and compression",
    summary: "A cold pack and gentle compression can ease soreness and swelling for a while after a run.",
    points: [
      "Hold a cold pack wrapped in a cloth on the sore area for 10-15 minutes; never put ice straight on bare skin.",
      "A compression sleeve or wrap may help with swelling: snug, but never tight enough to tingle or go numb.",
      "Both ease symptoms without fixing the cause, so keep adjusting your training load.",
      "Swelling that has not gone down within a day or two is a reason to see a professional.",
    ],
    category: "management",
  },
  "anti-inflammatories": {
    id: "anti-inflammatories",
    title: "Anti-inflammatory painkillers",
    summary:
      "Over-the-counter anti-inflammatories can take the edge off pain for a short time, used as the pack or your pharmacist directs.",
    points: [
      "Take them for a few days at most, at the dose given on the pack.",
      "Ask a pharmacist or doctor first if you are unsure, take other medicines, or have stomach, kidney or heart problems or asthma.",
      "Don't take them so you can run through pain: the pain is the signal you are using to judge your load.",
      "If you still need them after a few days, get the pain checked.",
    ],
    category: "management",
  },
  "physical-therapy": {
    id: "physical-therapy",
    title: "Work with a physiotherapist",
    summary:
      "A physiotherapist can find what is behind a pain that keeps coming back and give you a rehab and return plan that fits you.",
    points: [
      "Book an assessment when a pain keeps returning or does not improve after you have eased off.",
      "Take your training log along: weekly distances and pain scores show the pattern.",
      "Do the exercises you are given regularly; steady practice is what brings the change.",
      "Agree on clear steps for getting back to your usual running.",
    ],
    category: "management",
  },
};
