import type { AdviceSlice } from "./types";

// Plans for the body locations the pain rules name most often. Shin and foot get a bone-stress warning
// because a stress fracture there is the injury that must not be run through.
export const LOCATION_ADVICE: AdviceSlice<"knee" | "achilles" | "shin" | "foot"> = {
  knee: {
    id: "knee",
    title: "A plan for knee pain",
    summary:
      "Pain around the kneecap usually eases with a temporary cut in running and regular hip and knee strengthening.",
    points: [
      "Strengthen hips and knees two or three times a week, for example with clamshells, side-lying leg raises and squats to a comfortable depth.",
      "Run less for now, enough that the pain stays at 5/10 or below and has settled by the next morning.",
      "Limit downhill running and stairs while the knee is sore: they load the front of the knee the most.",
      "Consider a slightly higher step rate, which shortens your stride and eases the load on the knee.",
      "Build your distance back up slowly as the pain settles.",
    ],
    category: "location",
  },
  achilles: {
    id: "achilles",
    title: "A plan for Achilles pain",
    summary:
      "The Achilles usually responds to keeping activity within the pain-monitoring limits while you steadily load the calf.",
    points: [
      "Run or walk only as much as the pain scale allows: up to 5/10, and settled by the next morning.",
      "Do calf raises most days: start on two legs, move to one leg, then add weight as it gets easier.",
      "Include calf raises with bent knees to work the deeper calf muscle too.",
      "Go easy on hills and fast running until the tendon has settled.",
    ],
    category: "location",
    evidence: "Silbernagel et al. 2007, AJSM",
  },
  shin: {
    id: "shin",
    title: "Shin pain: watch for bone stress",
    summary:
      "Shin pain that builds with running can be a stress injury of the bone rather than ordinary soreness, so treat it with care.",
    points: [
      "Press along the shin bone: one small spot that is very tender is a warning sign of bone stress.",
      "If you find such a spot, or it hurts to walk or at night, stop running and see a doctor or physiotherapist.",
      "Until it has been checked, cut your distance and train with low-impact exercise instead.",
      "When you return, rebuild slowly and avoid sudden jumps in weekly or single-run distance.",
    ],
    category: "location",
  },
  foot: {
    id: "foot",
    title: "Foot pain: watch for bone stress",
    summary:
      "Foot pain can come from overloaded bone as well as soft tissue, so take a sore spot on a bone seriously.",
    points: [
      "Press gently over the top of the foot and the heel: one very tender spot on a bone is a warning sign of bone stress.",
      "If you find such a spot, swelling, or pain when walking, stop running and see a doctor or physiotherapist.",
      "Check your shoes: a worn pair, or a sudden change to a very different shoe, changes how your foot is loaded.",
      "Once you are cleared, return with short, easy runs and build up slowly.",
    ],
    category: "location",
  },
};
