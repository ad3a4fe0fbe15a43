// `npm start` / `npm run dev` run this first: the app never serves an unmigrated database.
import { databaseFilePath } from "../lib/db-url";
import { prepareDatabase } from "./prepare-db";

console.log(`Database ready: ${databaseFilePath(prepareDatabase())}`);
