// How the runner shares their running between pairs of shoes, and how worn each pair is. Runners who
// alternated two or more pairs had fewer running injuries in one cohort (Malisoux et al. 2015, SJMSS):
// the shoes page says so when nearly all the running is in one pair. Display only: no alert.

/** The weeks the rotation looks back over. */
export const ROTATION_DAYS = 56;
/** A pair carrying at least this share of the distance counts as in use. */
export const IN_USE_SHARE = 0.15;

export type ShoeShare = { shoeId: string; meters: number; runs: number; share: number };
export type Rotation = { shares: ShoeShare[]; pairsInUse: number; totalMeters: number; withoutShoeMeters: number };

/**
 * Each shoe's share of the distance run in shoes (runs without a shoe are counted apart), largest
 * first; a pair is in use with at least IN_USE_SHARE of it.
 */
export function rotation(runs: { shoeId: string | null; distanceM: number }[]): Rotation {
  const byShoe = new Map<string, { meters: number; runs: number }>();
  let withoutShoeMeters = 0;
  for (const run of runs) {
    if (run.shoeId === null) {
      withoutShoeMeters += run.distanceM;
      continue;
    }
    const sum = byShoe.get(run.shoeId) ?? { meters: 0, runs: 0 };
    sum.meters += run.distanceM;
    sum.runs += 1;
    byShoe.set(run.shoeId, sum);
  }
  const totalMeters = [...byShoe.values()].reduce((total, sum) => total + sum.meters, 0);
  const shares = [...byShoe.entries()]
    .map(([shoeId, sum]) => ({ shoeId, ...sum, share: totalMeters > 0 ? sum.meters / totalMeters : 0 }))
    .sort((a, b) => b.meters - a.meters || a.shoeId.localeCompare(b.shoeId));
  return { shares, pairsInUse: shares.filter((s) => s.share >= IN_USE_SHARE).length, totalMeters, withoutShoeMeters };
}

/** How far a pair has gone towards its retirement distance, 0-1 (more than 1 when past it). */
export function wear(totalMeters: number, retireMeters: number): number {
  return retireMeters > 0 ? totalMeters / retireMeters : 0;
}
