"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { morningAnswerSaved } from "@/lib/morning-check/wording";
import { answerMorningCheckAction } from "../morning/actions";
import { NewAlerts } from "../runs/new-alerts";
import type { SavedAlert } from "../runs/saved-alerts";

export type MorningQuestion = {
  runDate: string;
  location: string;
  side: string;
  key: string;
  /** "How does your left knee feel this morning?" */
  question: string;
  /** "your left knee". */
  place: string;
  /** "Yesterday's run" or "Sunday's run". */
  runLabel: string;
};

type Answered = { place: string; text: string; newAlerts: SavedAlert[] };

const SCORES = Array.from({ length: 11 }, (_, score) => score);

/**
 * The morning check (PAIN_MORNING): one question per place that hurt on a recent run, answered with one
 * tap. The answers are announced in a live region that is on the page before anything is answered,
 * so screen readers hear them.
 */
export function MorningCheckCard({ questions }: { questions: MorningQuestion[] }) {
  const [open, setOpen] = useState(questions);
  const [answered, setAnswered] = useState<Answered[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const statusRef = useRef<HTMLDivElement>(null);
  // After each answer the focus goes to what was saved (the answered question is gone from the page).
  useEffect(() => {
    if (answered.length > 0) statusRef.current?.focus();
  }, [answered.length]);

  if (open.length === 0 && answered.length === 0) return null;

  function answer(question: MorningQuestion, value: number | "skip") {
    setError(null);
    startTransition(async () => {
      const result = await answerMorningCheckAction({
        runDate: question.runDate,
        location: question.location,
        side: question.side,
        answer: value,
      });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      const text = morningAnswerSaved(question.place, value);
      setAnswered((current) => [...current, { place: question.place, text, newAlerts: result.newAlerts }]);
      setOpen((current) => current.filter((item) => item.key !== question.key));
    });
  }

  return (
    <section className="card morning-check" aria-labelledby="morning-check-heading">
      <h2 id="morning-check-heading" className="eyebrow">
        Morning check
      </h2>
      <div role="status" ref={statusRef} tabIndex={-1} className="morning-status">
        {answered.map((item) => (
          <p key={item.place}>{item.text}</p>
        ))}
      </div>
      {answered.map((item) =>
        item.newAlerts.length > 0 ? <NewAlerts key={`alerts-${item.place}`} newAlerts={item.newAlerts} subject="This answer" /> : null,
      )}
      {error ? <p className="notice error">{error}</p> : null}
      {open.map((question) => (
        <fieldset key={question.key} className="morning-question" disabled={pending}>
          <legend>
            {question.question}
            <span className="hint">
              {question.runLabel} hurt there. 0 is no pain, 10 the worst you can imagine. Pain not settled by morning
              says ease off; the answer is saved as rest-day pain.
            </span>
          </legend>
          {/* Twelve taps in two rows of six: 0 (no pain) to 10, and Skip. */}
          <div className="score-taps">
            {SCORES.map((score) => (
              <button
                key={score}
                type="button"
                className={score === 0 ? undefined : "secondary"}
                aria-label={score === 0 ? "0 out of 10, no pain" : `${score} out of 10`}
                onClick={() => answer(question, score)}
              >
                {score}
              </button>
            ))}
            <button type="button" className="secondary" onClick={() => answer(question, "skip")}>
              Skip
            </button>
          </div>
        </fieldset>
      ))}
    </section>
  );
}
