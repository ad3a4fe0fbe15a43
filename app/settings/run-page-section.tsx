// Issue 21: what the run's page draws from a runner's settings. A server component with a plain form,
// so it works without JavaScript; the saved values are shown back as the confirmation.
import type { User } from "@/lib/generated/prisma/client";
import { MAX_HR_RANGE, PRIVACY_RADIUS_RANGE } from "@/lib/validation/run-page-settings";
import { saveRunPageSettings } from "./run-page-actions";

type RunPageUser = Pick<User, "maxHr" | "privacyLat" | "privacyLon" | "privacyRadiusM">;

export function RunPageSection({ user, invalid }: { user: RunPageUser; invalid: boolean }) {
  const zone = user.privacyLat !== null && user.privacyLon !== null && user.privacyRadiusM !== null;
  return (
    <section className="card" id="run-page-settings" aria-labelledby="run-page-settings-heading">
      <h2 id="run-page-settings-heading">Run page</h2>
      <form action={saveRunPageSettings} key={`${user.maxHr}-${user.privacyLat}-${user.privacyLon}-${user.privacyRadiusM}`} aria-label="Run page settings">
        <label>
          Highest heart rate (bpm), for the heart-rate zones
          <input name="maxHr" type="number" inputMode="numeric" min={MAX_HR_RANGE.min} max={MAX_HR_RANGE.max} step={1} defaultValue={user.maxHr ?? ""} />
        </label>
        <fieldset>
          <legend>Privacy zone</legend>
          <p className="muted">
            A circle round a place you often start from, such as home: the start and end of a route inside it are not
            drawn and are left out of the GPX and TCX downloads (the original file stays as it was uploaded).
          </p>
          <label>
            Latitude
            <input name="privacyLat" type="number" inputMode="decimal" min={-90} max={90} step="any" defaultValue={user.privacyLat ?? ""} />
          </label>
          <label>
            Longitude
            <input name="privacyLon" type="number" inputMode="decimal" min={-180} max={180} step="any" defaultValue={user.privacyLon ?? ""} />
          </label>
          <label>
            Radius (m)
            <input name="privacyRadiusM" type="number" inputMode="numeric" min={PRIVACY_RADIUS_RANGE.min} max={PRIVACY_RADIUS_RANGE.max} step={1} defaultValue={user.privacyRadiusM ?? ""} />
          </label>
        </fieldset>
        {invalid ? (
          <p className="notice error" role="alert">
            Not saved: the highest heart rate is {MAX_HR_RANGE.min} to {MAX_HR_RANGE.max} bpm, and a privacy zone needs its
            latitude, longitude and a radius of {PRIVACY_RADIUS_RANGE.min} to {PRIVACY_RADIUS_RANGE.max} m (or all three empty).
          </p>
        ) : (
          <p className="muted" role="status">
            {user.maxHr ? `Zones from ${user.maxHr} bpm.` : "No heart-rate zones."}{" "}
            {zone ? `Routes hide ${user.privacyRadiusM} m round your privacy zone's point.` : "No privacy zone."}
          </p>
        )}
        <div className="actions">
          <button type="submit">Save run page settings</button>
        </div>
      </form>
    </section>
  );
}
