import "server-only";
import { localDateOf } from "@/lib/analysis/dates";
import { getUserId } from "@/lib/server/session";

/**
 * A download of the signed-in runner's log: 401 without a session (a stale link, a script), the file
 * as an attachment otherwise. Errors are logged here and answered without details.
 */
export async function downloadResponse(
  kind: { extension: "json" | "csv"; type: string },
  build: (userId: string) => Promise<string | null>,
): Promise<Response> {
  const userId = await getUserId();
  const unauthorised = () => new Response("Sign in to export your log.\n", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (!userId) return unauthorised();
  let body: string | null;
  try {
    body = await build(userId);
  } catch (error) {
    console.error("export failed", error);
    return new Response("The export failed on the server.\n", { status: 500, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  if (body === null) return unauthorised();
  const filename = `stridewise-log-${localDateOf(new Date(), "UTC")}.${kind.extension}`;
  return new Response(body, {
    headers: {
      "content-type": `${kind.type}; charset=utf-8`,
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}
