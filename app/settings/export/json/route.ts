import { exportLog } from "@/lib/server/data/export";
import { downloadResponse } from "../download";

export const dynamic = "force-dynamic";

/**
 * The whole log as a stridewise-log document (LOG-FORMAT.md); `exportedAt` is extra and ignored on import.
 * `?samples=1` adds each imported run's recorded points (issue 21), also ignored on import.
 */
export async function GET(request: Request) {
  const samples = new URL(request.url).searchParams.get("samples") === "1";
  return downloadResponse({ extension: "json", type: "application/json" }, async (userId) => {
    const log = await exportLog(userId, { samples });
    if (!log) return null;
    const { format, version, ...rest } = log;
    return `${JSON.stringify({ format, version, exportedAt: new Date().toISOString(), ...rest }, null, 2)}\n`;
  });
}
