// The outbox's send (issue 15): the one request a page and the service worker make for a waiting
// entry (lib/outbox/send.ts), answered by the forms' own save functions, so an entry synced later is
// checked, stored once (its key) and answered (the alerts it raised) as if it had been saved online.
import { z } from "zod";
import { getCurrentUser } from "@/lib/server/session";
import { savePainDay } from "../../pain/actions";
import { saveRun } from "../../runs/actions";

export const dynamic = "force-dynamic";

/** Far above any entry the forms can make; a bigger one is refused (it needs a look), not retried. */
const MAX_BYTES = 64 * 1024;

const SendBodySchema = z.object({
  key: z.string(),
  kind: z.enum(["run", "pain"]),
  userId: z.string(),
  values: z.record(z.string(), z.unknown()),
  confirmed: z.boolean(),
});

function answer(status: number, body: unknown) {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

/**
 * Only this site's own pages and worker: a JSON body (another site cannot send one without asking
 * first, and is never allowed to) from the same origin (Sec-Fetch-Site, else Origin against Host).
 */
function fromThisSite(request: Request): boolean {
  if (!(request.headers.get("content-type") ?? "").startsWith("application/json")) return false;
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  const origin = request.headers.get("origin");
  return origin !== null && URL.canParse(origin) && new URL(origin).host === request.headers.get("host");
}

export async function POST(request: Request) {
  if (!fromThisSite(request)) return answer(403, { error: "Send entries from Stridewise's own pages." });
  const user = await getCurrentUser();
  if (!user) return answer(401, { error: "Sign in to send entries." });
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_BYTES) {
    return answer(200, { ok: false, fieldErrors: { form: "This entry is too large to store: shorten the note and save it again." } });
  }
  let parsed: z.infer<typeof SendBodySchema>;
  try {
    parsed = SendBodySchema.parse(JSON.parse(text));
  } catch {
    return answer(400, { error: "Not an outbox entry." });
  }
  // Another account's entry waits for its own account to sign in again.
  if (parsed.userId !== user.id) return answer(409, { error: "This entry belongs to another account." });
  const { key, values, confirmed } = parsed;
  const result =
    parsed.kind === "run"
      ? await saveRun(null, { ...values, confirmed, clientKey: key })
      : await savePainDay(null, { ...values, clientKey: key });
  return answer(200, result);
}
