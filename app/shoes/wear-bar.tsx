import { wear } from "@/lib/shoes/rotation";
import { formatDistance, type Units } from "@/lib/units";

/** 500 km of an 800 km life: the point from which the wear bar turns amber (the shoe rule's first reminder). */
const CHECK_AT = 500 / 800;

/** How far a pair has gone towards its retirement distance, as a bar with its numbers in words. */
export function WearBar({ name, totalMeters, retireMeters, units }: { name: string; totalMeters: number; retireMeters: number; units: Units }) {
  const used = wear(totalMeters, retireMeters);
  const percent = Math.round(used * 100);
  const level = used >= 1 ? "past" : used >= CHECK_AT ? "check" : "fine";
  const words = `${formatDistance(totalMeters, units, 0)} of ${formatDistance(retireMeters, units, 0)} (${percent}%)`;
  return (
    <div className="wear">
      <div
        className={`wear-bar wear-${level}`}
        role="meter"
        aria-label={`Wear of ${name}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(percent, 100)}
        aria-valuetext={words}
      >
        <span style={{ width: `${Math.min(percent, 100)}%` }} />
      </div>
      <div className="wear-words">{words}</div>
    </div>
  );
}
