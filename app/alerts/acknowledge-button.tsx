"use client";

import { useTransition } from "react";
import { acknowledge } from "./actions";

/**
 * Acknowledges one alert. The card then moves to "Acknowledged", so the focus goes to the "Open"
 * heading (and its new count) instead of falling back to the top of the page.
 */
export function AcknowledgeButton({ alertId }: { alertId: string }) {
  const [pending, startTransition] = useTransition();
  const buttonId = `ack-${alertId}`;
  return (
    <div className="actions">
      {/* Named "Acknowledge" and the alert's title, e.g. "Acknowledge Long-run spike". */}
      <button
        type="button"
        className="secondary"
        id={buttonId}
        aria-labelledby={`${buttonId} alert-${alertId}`}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            await acknowledge(alertId);
            document.getElementById("open-alerts")?.focus();
          })
        }
      >
        Acknowledge
      </button>
    </div>
  );
}
