import { ROTATION_DAYS, type Rotation } from "@/lib/shoes/rotation";
import { formatDistance, type Units } from "@/lib/units";

/**
 * Which pairs carried the last eight weeks' running. Runners who alternated two or more pairs had
 * fewer running injuries in one study (Malisoux et al. 2015), so a one-pair rotation gets that note;
 * it is never an alert.
 */
export function RotationCard({ rotation, names, units }: { rotation: Rotation; names: Map<string, string>; units: Units }) {
  const weeks = ROTATION_DAYS / 7;
  return (
    <section className="card" aria-labelledby="rotation-heading" data-testid="rotation">
      <h2 id="rotation-heading">Rotation, last {weeks} weeks</h2>
      {rotation.shares.length === 0 ? (
        <p>No runs in shoes in the last {weeks} weeks. Pick a shoe when you log a run to see how you share them.</p>
      ) : (
        <>
          <ul className="rotation-list">
            {rotation.shares.map((share) => (
              <li key={share.shoeId}>
                <span>{names.get(share.shoeId) ?? "A removed shoe"}</span>
                <span className="muted">
                  {Math.round(share.share * 100)}% · {formatDistance(share.meters, units, 0)} · {share.runs} {share.runs === 1 ? "run" : "runs"}
                </span>
                <div className="wear-bar" aria-hidden="true">
                  <span style={{ width: `${Math.round(share.share * 100)}%` }} />
                </div>
              </li>
            ))}
          </ul>
          <p>
            {rotation.pairsInUse >= 2
              ? `You run in ${rotation.pairsInUse} pairs. Runners who alternated two or more pairs had fewer running injuries in one study (Malisoux 2015).`
              : "Nearly all your running is in one pair. Runners who alternated two or more pairs had fewer running injuries in one study (Malisoux 2015); a second pair is worth thinking about."}
          </p>
          {rotation.withoutShoeMeters > 0 ? (
            <p className="muted">Not counted: {formatDistance(rotation.withoutShoeMeters, units, 0)} run without a shoe chosen.</p>
          ) : null}
        </>
      )}
    </section>
  );
}
