"use client";

import { PAIN_LOCATIONS, PAIN_SIDES, PAIN_TIMINGS, RED_FLAGS, type RedFlag } from "@/lib/analysis/types";
import { LOCATION_LABEL, RED_FLAG_LABEL, SIDE_LABEL, TIMING_LABEL } from "@/lib/pain-labels";
import type { FieldErrors } from "@/lib/validation/errors";
import { SelectField } from "../_components/field";

export type PainValues = {
  location: string;
  side: string;
  score: string;
  timing: string;
} & Record<RedFlag, boolean>;

export function emptyPain(timing = "during"): PainValues {
  return {
    location: "knee",
    side: "left",
    score: "",
    timing,
    restPain: false,
    nightPain: false,
    swelling: false,
    limping: false,
    worseDuringRun: false,
    boneTenderness: false,
  };
}

/**
 * One pain report: where, how much (0-10 as big buttons), when, and the warning signs. On a rest day
 * there is no run to be before, during or after, so `restDay` leaves out "When" (it keeps its value,
 * the next morning for new pain) and "Got worse during the run".
 */
export function PainFields({
  index,
  value,
  errors,
  onChange,
  onRemove,
  restDay = false,
}: {
  index: number;
  value: PainValues;
  errors: FieldErrors;
  onChange: (next: PainValues) => void;
  onRemove?: () => void;
  restDay?: boolean;
}) {
  const id = (name: string) => `pain-${index}-${name}`;
  const error = (name: string) => errors[`pain.${index}.${name}`];
  const set = <K extends keyof PainValues>(key: K, next: PainValues[K]) => onChange({ ...value, [key]: next });

  return (
    <fieldset>
      <legend>{restDay ? "Where and how much" : `Pain ${index + 1}`}</legend>
      <div className="row">
        <SelectField id={id("location")} label="Where" error={error("location")} value={value.location}
          choices={PAIN_LOCATIONS} labels={LOCATION_LABEL} onChange={(next) => set("location", next)} />
        <SelectField id={id("side")} label="Side" error={error("side")} value={value.side}
          choices={PAIN_SIDES} labels={SIDE_LABEL} onChange={(next) => set("side", next)} />
        {restDay ? null : (
          <SelectField id={id("timing")} label="When" error={error("timing")} value={value.timing}
            choices={PAIN_TIMINGS} labels={TIMING_LABEL} onChange={(next) => set("timing", next)} />
        )}
      </div>
      <fieldset className="pain-score" aria-describedby={error("score") ? id("score-error") : undefined}>
        <legend>How much it hurts, 0 (none) to 10 (worst)</legend>
        <div className="scale">
          {Array.from({ length: 11 }, (_, score) => (
            <label key={score}>
              <input
                type="radio"
                name={id("score")}
                value={score}
                checked={value.score === String(score)}
                onChange={() => set("score", String(score))}
                aria-label={`Pain ${score} of 10`}
              />
              <span aria-hidden="true">{score}</span>
            </label>
          ))}
        </div>
        {error("score") ? (
          <div className="field-error" id={id("score-error")}>
            {error("score")}
          </div>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>Warning signs</legend>
        {RED_FLAGS.filter((flag) => !(restDay && flag === "worseDuringRun")).map((flag) => (
          <label key={flag} className="check">
            <input type="checkbox" checked={value[flag]} onChange={(e) => set(flag, e.target.checked)} />
            {RED_FLAG_LABEL[flag]}
          </label>
        ))}
      </fieldset>
      {onRemove ? (
        <button type="button" className="secondary" onClick={onRemove}>
          Remove pain {index + 1}
        </button>
      ) : null}
    </fieldset>
  );
}
