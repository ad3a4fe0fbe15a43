// Entry of the import parser's worker thread (lib/server/import-parser.ts). The worker runs the same
// TypeScript sources as the analyse command, compiled on load by tsx, so every fix to a parser reaches
// it without a build step of its own (Next's build only bundles what the pages import).
/* eslint-disable @typescript-eslint/no-require-imports -- a worker entry is a plain CommonJS file */
require("tsx/cjs");
require("./parse-worker.ts");
