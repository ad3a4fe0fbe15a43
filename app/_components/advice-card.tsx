import type { Advice } from "@/lib/advice";

export function AdviceCard({ advice, headingLevel = 3 }: { advice: Advice; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <article className="card" aria-labelledby={`advice-${advice.id}`} data-testid="advice-card">
      <Heading id={`advice-${advice.id}`} style={{ marginTop: 0 }}>
        {advice.title}
      </Heading>
      <p>{advice.summary}</p>
      <ul>
        {advice.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      {advice.evidence ? <p className="muted" style={{ fontSize: "0.9rem" }}>Evidence: {advice.evidence}</p> : null}
    </article>
  );
}
