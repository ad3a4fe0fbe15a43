// Heart-rate zones as shares of the highest heart rate (the five-zone model most watches use).

const SHARES = [0.5, 0.6, 0.7, 0.8, 0.9, 1] as const;
const NAMES = ["Zone 1 (very easy)", "Zone 2 (easy)", "Zone 3 (moderate)", "Zone 4 (hard)", "Zone 5 (maximum)"] as const;
const COLORS = ["#94a3b8", "#22c55e", "#eab308", "#f97316", "#dc2626"] as const;

export type HeartRateZone = { name: string; from: number; to: number; color: string };

export function heartRateZones(maxHr: number): HeartRateZone[] {
  return NAMES.map((name, i) => ({ name, from: Math.round(SHARES[i]! * maxHr), to: Math.round(SHARES[i + 1]! * maxHr), color: COLORS[i]! }));
}
