// The import parser's worker thread: it answers each request of lib/import/parse-job.ts in turn.
import { parentPort } from "node:worker_threads";
import { createParseJob, type ParseRequest } from "./parse-job";

const job = createParseJob();
parentPort?.on("message", (request: ParseRequest) => parentPort?.postMessage(job.handle(request)));
