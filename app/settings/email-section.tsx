// Issue 9: the email opt-ins. A server component with a plain form, so it works without JavaScript; the
// status line under the boxes is re-rendered from the saved settings, which is the confirmation.
import type { User } from "@/lib/generated/prisma/client";
import { joinWords } from "@/lib/advice/format";
import { readEmailSetup } from "@/lib/server/email/config";
import { saveEmailSettings } from "./email-actions";

type EmailUser = Pick<User, "emailHighAlerts" | "emailWeeklyReview" | "emailMorningCheck" | "weekStartsOn">;

function describeChoice(user: EmailUser): string {
  const chosen = [
    user.emailHighAlerts ? "high-alert emails" : null,
    user.emailWeeklyReview ? "the weekly review" : null,
    user.emailMorningCheck ? "the morning check" : null,
  ].filter((choice) => choice !== null);
  if (chosen.length === 0) return "Stridewise does not email you.";
  return `You get ${joinWords(chosen)}.`;
}

export function EmailSection({ user }: { user: EmailUser }) {
  const setup = readEmailSetup();
  const firstDay = user.weekStartsOn === "sunday" ? "Sunday" : "Monday";
  return (
    <section className="card" aria-labelledby="email-settings-heading">
      <h2 id="email-settings-heading">Email</h2>
      {setup.configured ? null : (
        <p className="notice">
          This server does not send email yet, so these stay off. Ask the person who runs it: they can
          turn email on (the Email section of the README).
        </p>
      )}
      {/* Remounted when the saved values change, so the boxes always show what is stored. */}
      <form action={saveEmailSettings} key={`${user.emailHighAlerts}-${user.emailWeeklyReview}-${user.emailMorningCheck}`} aria-label="Email settings">
        <fieldset disabled={!setup.configured}>
          <legend>Email me</legend>
          <label className="check">
            <input type="checkbox" name="emailHighAlerts" defaultChecked={user.emailHighAlerts} />
            When Stridewise raises a high alert (pain that persists, a warning sign, severe pain, a very long run)
          </label>
          <label className="check">
            <input type="checkbox" name="emailWeeklyReview" defaultChecked={user.emailWeeklyReview} />
            A review of my week, every {firstDay} at 07:00 in my time zone
          </label>
          <label className="check">
            <input type="checkbox" name="emailMorningCheck" defaultChecked={user.emailMorningCheck} />
            The morning check at 07:30 in my time zone, the day after a run with pain: how it feels, answered in one tap
          </label>
        </fieldset>
        {setup.configured ? (
          <p className="muted" role="status">
            {describeChoice(user)} Every email has a link to stop it.
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" disabled={!setup.configured}>
            Save email settings
          </button>
        </div>
      </form>
    </section>
  );
}
