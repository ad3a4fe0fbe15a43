import { exportCsv } from "@/lib/server/data/export";
import { downloadResponse } from "../download";

export const dynamic = "force-dynamic";

/** One row per run, for spreadsheets. */
export async function GET() {
  return downloadResponse({ extension: "csv", type: "text/csv" }, exportCsv);
}
