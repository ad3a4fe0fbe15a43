import type { Metadata } from "next";
import { ADVICE, DISCLAIMER, type Advice, type AdviceCategory } from "@/lib/advice";
import { requireUser } from "@/lib/server/session";
import { AdviceCard } from "../_components/advice-card";

export const metadata: Metadata = { title: "Advice" };

// Every advice once, in one place: alerts, Today and the review link here by anchor (#advice-<id>).
const SECTIONS: { category: AdviceCategory; title: string; intro: string }[] = [
  { category: "prevention", title: "Building up safely", intro: "How to grow your running without the jumps the alerts warn about." },
  { category: "management", title: "When it hurts", intro: "What to do about a sore spot while it settles." },
  { category: "warning-signs", title: "When to see a professional", intro: "The signs that need more than rest." },
  { category: "location", title: "By where it hurts", intro: "A plan for each place that often hurts in runners." },
];

export default async function AdvicePage() {
  await requireUser();
  const all = Object.values(ADVICE) as Advice[];
  return (
    <>
      <h1>Advice</h1>
      <nav aria-label="Advice sections" className="chip-nav">
        {SECTIONS.map((section) => (
          <a key={section.category} href={`#${section.category}`}>
            {section.title}
          </a>
        ))}
      </nav>
      {SECTIONS.map((section) => (
        <section key={section.category} aria-labelledby={section.category} className="advice-section">
          <h2 id={section.category}>{section.title}</h2>
          <p className="muted">{section.intro}</p>
          {all
            .filter((advice) => advice.category === section.category)
            .map((advice) => (
              <AdviceCard key={advice.id} advice={advice} />
            ))}
        </section>
      ))}
      <p className="disclaimer">{DISCLAIMER}</p>
    </>
  );
}
