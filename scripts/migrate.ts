// `npm start` / `npm run dev` run this first: the app never serves an unmigrated database.
import { databaseFilePath, isPostgresUrl } from "../lib/db-url";
import { prepareDatabase } from "./prepare-db";

const url = prepareDatabase();
// Never print a PostgreSQL URL: it may hold the password.
console.log(`Database ready: ${isPostgresUrl(url) ? `PostgreSQL at ${new URL(url).host}` : databaseFilePath(url)}`);
