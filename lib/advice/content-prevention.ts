import type { AdviceSlice } from "./types";

// The everyday habits that lower injury risk; shown on the advice page and by the SHOE rule.
export const PREVENTION_ADVICE: AdviceSlice<
  "footwear" | "running-form" | "strength-training" | "stretching-and-mobility"
> = {
  footwear: {
    id: "footwear",
    title: "Look after your shoes",
    summary:
      "Check your shoes for wear, use 500-800 km as a rough reminder to replace them, and think about rotating more than one pair.",
    points: [
      "Check the midsole now and then: deep creases, a flat, dead feel or lopsided wear mean the shoe is worn.",
      "The 500-800 km figure comes from machine tests of cushioning, so treat it as a prompt to check, not a hard limit.",
      "In one study, runners who alternated two or more pairs had a 39% lower injury risk.",
      "Choose shoes that feel comfortable when you run in them, and bring a new pair in gradually.",
    ],
    category: "prevention",
    evidence: "Cook 1985, AJSM; Malisoux et al. 2015, SJMSS",
  },
  "running-form": {
    id: "running-form",
    title: "Adjust your running form gently",
    summary:
      "Small, gradual changes to how you run can take load off a sore spot; there is no single correct style to copy.",
    points: [
      "Avoid reaching far ahead with each stride; let your foot come down closer to below your hips.",
      "Try a slightly quicker step rate: it shortens the stride and lowers the load on knees and hips.",
      "Change one thing at a time, by a small amount, and give it a few weeks.",
      "Don't force a switch to landing on your toes: it moves load onto the calf and Achilles.",
    ],
    category: "prevention",
  },
  "strength-training": {
    id: "strength-training",
    title: "Add strength training",
    summary: "Strong hips, glutes and thighs help your legs cope with the thousands of landings in every run.",
    points: [
      "Fit in two or three short strength sessions a week, on easy days or after short runs.",
      "Work hips, glutes and quads with squats, lunges and clamshells.",
      "Add calf raises to prepare your calves and Achilles.",
      "Start with body weight, then add repetitions or load little by little.",
    ],
    category: "prevention",
  },
  "stretching-and-mobility": {
    id: "stretching-and-mobility",
    title: "Warm up and keep mobile",
    summary:
      "Warming up with movement and keeping hips and ankles supple makes running more comfortable, alongside sensible load and strength work.",
    points: [
      "Begin each run with a few minutes of easy jogging or brisk walking, then some leg swings.",
      "Stretch hips, calves and thighs gently on rest days or after runs, holding each position about 30 seconds.",
      "Never stretch into pain.",
      "Stretching alone has not been shown to prevent running injuries, so keep it as one habit among several.",
    ],
    category: "prevention",
  },
};
