// Runs once when the server starts: a production server without a valid environment (for example no
// NEXTAUTH_SECRET) stops here with a clear message instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./lib/server/env");
    // The email outbox worker (issue 9); it does nothing when SMTP is not configured, and not while building.
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { startServerEmailWorker } = await import("./lib/server/email/start");
      startServerEmailWorker();
    }
  }
}
