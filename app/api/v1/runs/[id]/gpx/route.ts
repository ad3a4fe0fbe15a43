import { apiHandler, orNotFound } from "@/lib/server/api/handler";
import { runFile, runFileResponse } from "@/lib/server/data/run-files";

type Params = { id: string };

/** The run as GPX from its recorded samples (issue 21); `?raw=1` keeps the start and end in the privacy zone. */
export const GET = apiHandler<Params>(async ({ user, params, req }) => {
  const raw = new URL(req.url).searchParams.get("raw") === "1";
  const file = orNotFound(await runFile(user.id, params.id, "gpx", raw), "Run track");
  return runFileResponse(file);
});
