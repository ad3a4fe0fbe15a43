import { exportLog } from "@/lib/server/data/export";
import { downloadResponse } from "../download";

export const dynamic = "force-dynamic";

/** The whole log as a stridewise-log document (LOG-FORMAT.md); `exportedAt` is extra and ignored on import. */
export async function GET() {
  return downloadResponse({ extension: "json", type: "application/json" }, async (userId) => {
    const log = await exportLog(userId);
    if (!log) return null;
    const { format, version, ...rest } = log;
    return `${JSON.stringify({ format, version, exportedAt: new Date().toISOString(), ...rest }, null, 2)}\n`;
  });
}
