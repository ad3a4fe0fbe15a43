// `npm start` (after the migrations): the production server, with the flags of scripts/next-server.ts.
// Arguments go to `next start`, e.g. `npm start -- -p 4000`.
import { serveUntilExit } from "./next-server";

serveUntilExit(process.argv.slice(2));
