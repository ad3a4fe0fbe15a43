// Runs once when the server starts: a production server without a valid environment (for example no
// NEXTAUTH_SECRET) stops here with a clear message instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    try {
      await import("./lib/server/env");
    } catch (error) {
      // Next would log this and keep serving pages that cannot work: stop instead.
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    }
    // The email outbox worker (issue 9); it does nothing when SMTP is not configured, and not while building.
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { startServerEmailWorker } = await import("./lib/server/email/start");
      startServerEmailWorker();
      // The watched import folder (issue 16); off unless IMPORT_WATCH_DIR is set.
      const { startImportWatcher } = await import("./lib/server/import-watch/start");
      startImportWatcher();
    }
  }
}
