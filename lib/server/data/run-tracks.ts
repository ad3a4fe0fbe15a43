import "server-only";
import { gunzipSync } from "fflate";
import type { RunSamples } from "../../import/samples";
import { decodeSamples } from "../../track/codec";
import type { PrivacyZone } from "../../track/privacy";
import type { User } from "../../generated/prisma/client";
import { readLog } from "../db";

// Issue 21: what an imported run's file recorded, kept beside the run and deleted with it.

/** The uploaded file a run came from, as it is downloaded. */
export type OriginalFile = { name: string; bytes: Uint8Array };

export type RunTrackView = { samples: RunSamples; points: number; hasOriginal: boolean; originalName: string | null };

/** The samples of one of the runner's runs, or null for a run logged by hand (or not theirs). */
export async function getRunTrack(userId: string, runId: string): Promise<RunTrackView | null> {
  const found = await readLog(userId, async (client) => {
    const row = await client.runTrack.findFirst({
      where: { runId, run: { userId } },
      select: { samples: true, points: true, originalName: true, original: false },
    });
    return row && { row, original: await client.runTrack.count({ where: { runId, original: { not: null } } }) };
  });
  if (!found) return null;
  const { row, original } = found;
  return { samples: decodeSamples(row.samples), points: row.points, hasOriginal: original > 0, originalName: row.originalName };
}

/** The file one of the runner's runs was imported from, as it was uploaded. */
export async function getOriginalFile(userId: string, runId: string): Promise<OriginalFile | null> {
  const row = await readLog(userId, (client) =>
    client.runTrack.findFirst({ where: { runId, run: { userId } }, select: { original: true, originalName: true } }),
  );
  if (!row?.original) return null;
  return { name: row.originalName ?? "activity", bytes: gunzipSync(row.original) };
}

export function privacyZoneOf(user: Pick<User, "privacyLat" | "privacyLon" | "privacyRadiusM">): PrivacyZone | null {
  if (user.privacyLat === null || user.privacyLon === null || !user.privacyRadiusM) return null;
  return { lat: user.privacyLat, lon: user.privacyLon, radiusM: user.privacyRadiusM };
}
