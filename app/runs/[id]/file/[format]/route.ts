import { RUN_FILE_FORMATS, runFile, runFileResponse, type RunFileFormat } from "@/lib/server/data/run-files";
import { getCurrentUser } from "@/lib/server/session";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

/** A run's GPX, TCX or original file, from its page; `?raw=1` keeps the start and end in the privacy zone. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to download your runs.\n", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  const { id, format } = await params;
  if (!RUN_FILE_FORMATS.includes(format as RunFileFormat)) return notFound();
  const raw = new URL(request.url).searchParams.get("raw") === "1";
  const file = await runFile(user.id, id, format as RunFileFormat, raw);
  return file ? runFileResponse(file) : notFound();
}
