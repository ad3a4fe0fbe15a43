import Link from "next/link";
import type { ReactNode } from "react";
import type { Advice } from "@/lib/advice";

/**
 * The week's advice as the alerts show it: each plan's name and first sentence, linked to the advice
 * library where it is written out once. `beside` adds the week's own figure to a plan (the descent
 * next to the knee plan).
 */
export function ReviewAdvice({ advice, beside }: { advice: Advice[]; beside: (advice: Advice) => ReactNode }) {
  return (
    <section aria-labelledby="week-advice">
      <h2 id="week-advice">What to do</h2>
      <ul className="card review-advice">
        {advice.map((item) => (
          <li key={item.id}>
            <h3>
              <Link href={`/advice#advice-${item.id}`}>{item.title}</Link>
            </h3>
            <p>{item.summary}</p>
            {beside(item)}
          </li>
        ))}
      </ul>
    </section>
  );
}
